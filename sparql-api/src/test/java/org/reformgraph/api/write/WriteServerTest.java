package org.reformgraph.api.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole server with writes enabled by a token file (as {@code serve --token-file} does), over its own copy of
 * {@link TestDataset}, with small body limits: 8 KB for queries and updates, 64 KB for plan uploads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reformgraph.query-timeout=10s", "reformgraph.limits.query-size=8KB",
                "reformgraph.limits.upload-size=64KB"})
@ContextConfiguration(initializers = WriteServerTest.TokenFile.class)
@Import(TestDataset.class)
public @interface WriteServerTest {
    String TOKEN = "test-token-0123456789abcdef";

    /** Writes the token to a fresh file and points {@code reformgraph.token-file} at it, before the server starts. */
    final class TokenFile implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path file = Files.createTempFile("reformgraph-test", ".token");
                Files.writeString(file, TOKEN + "\n");
                file.toFile().deleteOnExit();
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-token-file",
                        Map.of(WriteToken.FILE_PROPERTY, file.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

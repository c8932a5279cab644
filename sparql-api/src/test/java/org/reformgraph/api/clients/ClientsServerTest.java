package org.reformgraph.api.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.reformgraph.api.ReformgraphApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random loopback port over the five seed plans ({@link SeedsDataset}), read-only as a fresh
 * {@code serve} is. Every client test class shares this configuration, so the seeds are loaded once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "reformgraph.query-timeout=30s"})
@Import(SeedsDataset.class)
public @interface ClientsServerTest {
}

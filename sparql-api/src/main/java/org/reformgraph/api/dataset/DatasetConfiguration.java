package org.reformgraph.api.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.named.DataVersion;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PublishProperties.class)
public class DatasetConfiguration {
    @Bean
    Dumps dumps(Dataset dataset, PublishProperties publish, ReformgraphProperties properties) {
        return new Dumps(dataset, DataVersion.of(dataset.asDatasetGraph()), folder(publish), properties.base());
    }

    private static Path folder(PublishProperties publish) {
        if (publish.dumps() != null && !publish.dumps().isBlank()) {
            return Path.of(publish.dumps());
        }
        try {
            Path temporary = Files.createTempDirectory("reformgraph-dumps-");
            // nobody asked to keep them: they go when the JVM does
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(temporary)));
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the dumps", e);
        }
    }

    static void deleteRecursively(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a shutdown for
        }
    }
}

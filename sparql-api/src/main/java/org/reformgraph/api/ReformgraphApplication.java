package org.reformgraph.api;

import org.apache.jena.query.Dataset;
import org.reformgraph.api.serve.ServeSettings;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The web application. It does not open the dataset itself: whoever starts it hands it an open, configured
 * {@link Dataset} bean (the {@code serve} command, or a test), so the same application serves TDB2 or anything else.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.EnableConfigurationProperties(ReformgraphProperties.class)
public class ReformgraphApplication {
    /** Starts the server on an open dataset; the dataset is closed when the server stops. */
    public static ConfigurableApplicationContext start(Dataset dataset, ServeSettings settings) {
        return start(dataset, settings, new String[0]);
    }

    /** As {@link #start(Dataset, ServeSettings)}, with more Spring properties given as {@code --name=value}. */
    public static ConfigurableApplicationContext start(Dataset dataset, ServeSettings settings, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=" + settings.port(),
                "--server.address=" + settings.bind(),
                "--reformgraph.base=" + settings.base(),
                "--reformgraph.query-timeout=" + settings.queryTimeout().toMillis() + "ms",
                // the dumps are written beside the database: ./data/tdb2 → ./data/tdb2-dumps
                "--reformgraph.publish.dumps=" + dumpsFolder(settings.db())));
        args.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(ReformgraphApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("dataset", dataset);
                    context.addApplicationListener(event -> {
                        if (event instanceof ContextClosedEvent) {
                            dataset.close();
                        }
                    });
                })
                // As command-line arguments, so that serve's options win over environment and system properties.
                .run(args.toArray(String[]::new));
    }

    static java.nio.file.Path dumpsFolder(java.nio.file.Path db) {
        java.nio.file.Path absolute = db.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-dumps");
    }
}

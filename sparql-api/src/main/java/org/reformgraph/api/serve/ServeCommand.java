package org.reformgraph.api.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.write.WriteToken;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reformgraph serve}: opens (or creates and seeds) the database, then serves it over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph: SPARQL endpoint, graph store reads, named queries.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "./data/tdb2", paramLabel = "DIR",
            description = "TDB2 database folder, created if missing (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--seeds", defaultValue = "./seeds", paramLabel = "DIR",
            description = "plans loaded when the database has none (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--base", defaultValue = "https://w3id.org/reformgraph/id/", paramLabel = "IRI",
            description = "base IRI of minted resources (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--query-timeout", defaultValue = "30s", converter = DurationConverter.class,
            paramLabel = "DURATION", description = "longest a query may run, e.g. 30s, 2m (default: ${DEFAULT-VALUE})")
    Duration queryTimeout;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "enables writes (/update, POST /api/plans) for requests bearing the token on this file's first "
                    + "line; the environment variable REFORMGRAPH_TOKEN does the same. Without either, the server is read-only.")
    Path tokenFile;

    private ConfigurableApplicationContext context;

    @Override
    public Integer call() {
        ServeSettings settings = new ServeSettings(db, seeds, base, bind, port, queryTimeout);
        Dataset dataset = ReformgraphDataset.openTdb2(settings.db());
        try {
            // Seed before the serving context is set: the loader sees the dataset as stored, not as a union.
            SeedLoading.loadIfEmpty(dataset, settings.seeds(), settings.base(), System.out);
            ReformgraphDataset.configure(dataset, settings.queryTimeout());
            context = ReformgraphApplication.start(dataset, settings, tokenFile == null ? new String[0]
                    : new String[] {"--" + WriteToken.FILE_PROPERTY + "=" + tokenFile.toAbsolutePath()});
        } catch (RuntimeException e) {
            dataset.close(); // release the database folder's lock for the next attempt
            throw e;
        }
        String host = bind.equals("0.0.0.0") ? "localhost" : bind;
        System.out.printf("Serving %s at http://%s:%d/sparql (query timeout %s)%n", db.toAbsolutePath(), host,
                context.getEnvironment().getProperty("local.server.port", Integer.class, port),
                DurationConverter.format(queryTimeout));
        // Says whether writes are on, never the token.
        System.out.println(context.getBeanProvider(WriteToken.class).getIfAvailable() == null
                ? "Read-only: no write token configured (REFORMGRAPH_TOKEN or --token-file)."
                : "Writes enabled at /update and POST /api/plans for requests bearing the operator's token.");
        return 0;
    }

    /** The running server once {@link #call()} has returned; closing it stops the server and closes the database. */
    public ConfigurableApplicationContext context() {
        return context;
    }
}

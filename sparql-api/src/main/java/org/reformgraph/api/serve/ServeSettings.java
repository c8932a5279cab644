package org.reformgraph.api.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** What {@code serve} was asked to do. */
public record ServeSettings(Path db, Path seeds, String base, String bind, int port, Duration queryTimeout) {
    public ServeSettings {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (!(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("the base IRI must end in / or #: " + base);
        }
    }
}

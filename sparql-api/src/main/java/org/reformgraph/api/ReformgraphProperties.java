package org.reformgraph.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param queryTimeout the longest any query may run (SPARQL endpoint and named queries alike)
 * @param base         the base IRI that resources are minted under
 */
@ConfigurationProperties("reformgraph")
public record ReformgraphProperties(@DefaultValue("30s") Duration queryTimeout,
                                    @DefaultValue("https://w3id.org/reformgraph/id/") String base) {
}

package org.reformgraph.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param queryTimeout the longest any query may run (SPARQL endpoint and named queries alike)
 * @param base         the base IRI that resources are minted under
 * @param maxResults   the most solutions one query returns (a larger or missing LIMIT is lowered to this)
 */
@ConfigurationProperties("reformgraph")
public record ReformgraphProperties(@DefaultValue("30s") Duration queryTimeout,
                                    @DefaultValue("https://w3id.org/reformgraph/id/") String base,
                                    @DefaultValue("100000") long maxResults) {
}

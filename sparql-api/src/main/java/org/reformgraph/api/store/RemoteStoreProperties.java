package org.reformgraph.api.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The remote store the server answers from ({@code serve --store URL}); absent, the server reads its own dataset.
 *
 * @param url           the store's SPARQL query endpoint (for Fuseki the dataset URL, e.g. http://host:3030/ds)
 * @param gsp           its Graph Store Protocol endpoint; blank means the same URL as {@code url}
 * @param union         how queries get the union of the named graphs as their default graph
 * @param cacheTtl      the longest a named query's answer is reused; zero turns the cache off
 * @param probeInterval how often, at most, the store is asked whether its data changed
 */
@ConfigurationProperties("reformgraph.store")
public record RemoteStoreProperties(String url, String gsp, @DefaultValue("from") UnionStrategy union,
                                    @DefaultValue("5m") Duration cacheTtl,
                                    @DefaultValue("5s") Duration probeInterval) {
    public String gspUrl() {
        return gsp == null || gsp.isBlank() ? url : gsp;
    }
}

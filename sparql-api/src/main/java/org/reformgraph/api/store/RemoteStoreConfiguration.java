package org.reformgraph.api.store;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.api.sparql.SparqlEndpointConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Remote-store mode, on when {@code reformgraph.store.url} is set ({@code serve --store URL}): {@code /sparql} and
 * {@code /graph} are answered by proxies to the store, placed after the CORS, metrics, guard and format filters and
 * before Fuseki's (which then never sees a request), and the named queries run on the store.
 */
@Configuration
@ConditionalOnProperty(prefix = "reformgraph.store", name = "url")
@EnableConfigurationProperties(RemoteStoreProperties.class)
public class RemoteStoreConfiguration {
    private static final int AFTER_FORMAT_PARAMETER = Ordered.HIGHEST_PRECEDENCE + 40;

    @Bean
    HttpClient remoteStoreClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService remoteQueryWorkers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "remote-query-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    StoreProbe storeProbe(RemoteStoreProperties store, HttpClient remoteStoreClient) {
        return new StoreProbe(store.url(), remoteStoreClient, store.probeInterval(), Clock.systemUTC());
    }

    /** Also the {@link QuerySource} the named-query configuration picks up instead of the local dataset. */
    @Bean
    RemoteQueries remoteQueries(RemoteStoreProperties store, HttpClient remoteStoreClient, StoreProbe storeProbe,
                                ExecutorService remoteQueryWorkers) {
        return new RemoteQueries(store.url(), remoteStoreClient, store.union(), storeProbe, remoteQueryWorkers);
    }

    @Bean
    DataVersion remoteDataVersion(RemoteStoreProperties store, StoreProbe storeProbe) {
        return new RemoteDataVersion(storeProbe, store.cacheTtl(), Clock.systemUTC());
    }

    @Bean
    RemoteStoreHealthIndicator remoteStoreHealthIndicator(StoreProbe storeProbe, RemoteStoreProperties store) {
        return new RemoteStoreHealthIndicator(storeProbe, store.url());
    }

    @Bean
    FilterRegistrationBean<SparqlProxy> sparqlProxy(RemoteStoreProperties store, HttpClient remoteStoreClient,
                                                    RemoteQueries remoteQueries, ReformgraphProperties properties) {
        FilterRegistrationBean<SparqlProxy> bean = new FilterRegistrationBean<>(new SparqlProxy(store.url(),
                remoteStoreClient, remoteQueries, properties.queryTimeout(), properties.maxResults()));
        bean.setUrlPatterns(List.of(SparqlEndpointConfiguration.QUERY_PATH));
        bean.setOrder(AFTER_FORMAT_PARAMETER);
        return bean;
    }

    @Bean
    FilterRegistrationBean<GraphStoreProxy> graphStoreProxy(RemoteStoreProperties store, HttpClient remoteStoreClient,
                                                            ReformgraphProperties properties) {
        FilterRegistrationBean<GraphStoreProxy> bean = new FilterRegistrationBean<>(
                new GraphStoreProxy(store.gspUrl(), remoteStoreClient, properties.queryTimeout()));
        bean.setUrlPatterns(List.of(SparqlEndpointConfiguration.GRAPH_PATH));
        bean.setOrder(AFTER_FORMAT_PARAMETER);
        return bean;
    }
}

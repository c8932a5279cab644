package org.reformgraph.api.named;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@Configuration
@EnableConfigurationProperties(NamedQueryProperties.class)
public class NamedQueryConfiguration {
    /** Read at start-up: a broken query file stops the server with a message naming it. */
    @Bean
    QueryLibrary queryLibrary() {
        return QueryLibrary.fromClasspath(NamedQueryConfiguration.class.getClassLoader());
    }

    /** A {@link DataVersion} bean (a remote store's) replaces the local dataset's transaction count. */
    @Bean
    AnswerCache answerCache(Dataset dataset, ObjectProvider<DataVersion> version, NamedQueryProperties settings,
                            MeterRegistry meters) {
        NamedQueryProperties.CacheBounds bounds = settings.bounds(Runtime.getRuntime().maxMemory());
        AnswerCache cache = new AnswerCache(version.getIfAvailable(() -> DataVersion.of(dataset.asDatasetGraph())),
                settings.cacheEntries(), bounds.cacheBytes(), bounds.largestAnswerBytes());
        meters.gauge("reformgraph.named.cache.limit.bytes", cache, AnswerCache::maxBytes);
        meters.gauge("reformgraph.named.cache.largest.answer.bytes", cache, AnswerCache::maxAnswerBytes);
        meters.gauge("reformgraph.named.cache.entries", cache, AnswerCache::size);
        meters.gauge("reformgraph.named.cache.bytes", cache, AnswerCache::bytes);
        return cache;
    }

    /** A {@link QuerySource} bean (a remote store) replaces the local dataset. */
    @Bean
    NamedQueryRunner namedQueryRunner(Dataset dataset, ObjectProvider<QuerySource> source,
                                      ReformgraphProperties properties, AnswerCache cache, MeterRegistry meters) {
        return new NamedQueryRunner(source.getIfAvailable(() -> QuerySource.of(dataset)), properties.queryTimeout(),
                properties.maxResults(), cache, meters);
    }

    /** After every other filter (limits, CORS, security headers, metrics), just before Spring MVC. */
    @Bean
    FilterRegistrationBean<HeldAnswerFilter> heldAnswerFilter(QueryLibrary library, NamedQueryRunner runner) {
        FilterRegistrationBean<HeldAnswerFilter> bean = new FilterRegistrationBean<>(new HeldAnswerFilter(library, runner));
        bean.addUrlPatterns(HeldAnswerFilter.PREFIX + "*");
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 50);
        return bean;
    }

    @Bean
    @ConditionalOnProperty(name = "reformgraph.named.warm", havingValue = "true", matchIfMissing = true)
    AnswerWarmer answerWarmer(QueryLibrary library, NamedQueryRunner runner, AnswerCache cache,
                              NamedQueryProperties settings, MeterRegistry meters) {
        return new AnswerWarmer(library.all(), runner, cache, settings.warmCheck(), meters);
    }

    /** Warming starts once the application is ready, in the background: it never delays readiness. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> answerWarmerStart(ObjectProvider<AnswerWarmer> warmer) {
        return event -> warmer.ifAvailable(AnswerWarmer::start);
    }

    /** Stopped before anything else hears of the close, so no warm-up runs on a dataset being closed. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationListener<ContextClosedEvent> answerWarmerStop(ObjectProvider<AnswerWarmer> warmer) {
        return event -> warmer.ifAvailable(AnswerWarmer::stop);
    }
}

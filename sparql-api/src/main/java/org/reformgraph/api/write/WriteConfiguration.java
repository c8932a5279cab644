package org.reformgraph.api.write;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.search.SearchIndexKeeper;
import org.springframework.beans.factory.ObjectProvider;
import org.reformgraph.api.sparql.SparqlEndpointConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The write routes, present only when the operator configured a token ({@code REFORMGRAPH_TOKEN} or
 * {@code serve --token-file}): SPARQL Update at {@code /update} (registered by {@link SparqlEndpointConfiguration})
 * and plan uploads at {@code /api/plans}, both behind {@link BearerTokenFilter}.
 */
@Configuration
@Conditional(WritesEnabled.class)
public class WriteConfiguration {
    @Bean
    WriteToken writeToken(Environment environment) {
        return WriteToken.configured(environment.getProperty(WriteToken.PROPERTY),
                environment.getProperty(WriteToken.FILE_PROPERTY)).orElseThrow(() -> new IllegalStateException(
                "writes are enabled but no token could be read"));
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerToken(WriteToken token) {
        FilterRegistrationBean<BearerTokenFilter> bean = new FilterRegistrationBean<>(new BearerTokenFilter(token));
        bean.setUrlPatterns(List.of(SparqlEndpointConfiguration.UPDATE_PATH, PlanUploadController.PATH));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    @Bean
    PlanUploads planUploads(Dataset dataset, ReformgraphProperties properties, ObjectProvider<SearchIndexKeeper> search) {
        return new PlanUploads(dataset, properties.base(), () -> search.ifAvailable(SearchIndexKeeper::syncNow));
    }
}

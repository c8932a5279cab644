package org.reformgraph.api.sparql;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletContext;
import java.util.List;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.serve.ReformgraphDataset;
import org.reformgraph.api.write.WriteToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Fuseki's SPARQL protocol inside Spring Boot's servlet container, read-only by construction: the operation registry
 * holds only SPARQL Query and Graph Store reads, so there is no processor that could write, whatever the request.
 * Only when the operator configured a write token is SPARQL Update added, at its own path behind the token.
 *
 * <p>The dataset is Fuseki's root dataset ({@code /}); its endpoints are {@code /sparql} and {@code /graph}. Fuseki's
 * filter sees only those two paths, so the dataset's own URL (a bare GET of which would dump everything) and every
 * other path stay with Spring.
 */
@Configuration
public class SparqlEndpointConfiguration {
    public static final String QUERY_PATH = "/sparql";
    public static final String GRAPH_PATH = "/graph";
    public static final String DESCRIPTION_PATH = "/sparql/description";
    /** SPARQL Update; registered only when the operator configured a write token. */
    public static final String UPDATE_PATH = "/update";

    private static final String DATASET_NAME = "/";

    @Bean
    OperationRegistry readOnlyOperations(ReformgraphProperties properties, ObjectProvider<WriteToken> writeToken) {
        OperationRegistry operations = OperationRegistry.createEmpty();
        operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery, new BoundedQuery(properties.maxResults()));
        operations.register(Operation.GSP_R, null, new GSP_R());
        if (writeToken.getIfAvailable() != null) {
            // The only writing processor, and only with a token: BearerTokenFilter stands in front of its path.
            operations.register(Operation.Update, WebContent.contentTypeSPARQLUpdate, new SPARQL_Update());
        }
        return operations;
    }

    @Bean
    DataService dataService(Dataset dataset, ReformgraphProperties properties, ObjectProvider<WriteToken> writeToken) {
        // Idempotent; repeated here so that a dataset handed in by a test or an embedding gets the same rules.
        ReformgraphDataset.configure(dataset, properties.queryTimeout());
        DataService.Builder builder = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query, QUERY_PATH.substring(1))
                .addEndpoint(Operation.GSP_R, GRAPH_PATH.substring(1));
        if (writeToken.getIfAvailable() != null) {
            builder.addEndpoint(Operation.Update, UPDATE_PATH.substring(1));
        }
        DataService service = builder.build();
        // Fuseki counts timeouts and execution errors only on endpoints that carry those counters.
        service.getEndpoints(Operation.Query).forEach(endpoint -> {
            endpoint.getCounters().add(CounterName.QueryTimeouts);
            endpoint.getCounters().add(CounterName.QueryExecErrors);
        });
        return service;
    }

    @Bean
    DataAccessPointRegistry dataAccessPoints(DataService dataService, OperationRegistry operations) {
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(DATASET_NAME, dataService));
        dataService.setEndpointProcessors(operations);
        dataService.goActive();
        return registry;
    }

    /** Fuseki's dispatcher finds its registries in the servlet context, as in a Fuseki server. */
    @Bean
    ServletContextInitializer fusekiRegistries(DataAccessPointRegistry dataAccessPoints, OperationRegistry operations) {
        return (ServletContext context) -> {
            OperationRegistry.set(context, operations);
            DataAccessPointRegistry.set(context, dataAccessPoints);
        };
    }

    @Bean
    FilterRegistrationBean<CrossOriginFilter> corsForReads() {
        FilterRegistrationBean<CrossOriginFilter> bean = new FilterRegistrationBean<>(new CrossOriginFilter());
        bean.addUrlPatterns("/*");
        bean.addInitParameter(CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*");
        bean.addInitParameter(CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS");
        bean.addInitParameter(CrossOriginFilter.ALLOWED_HEADERS_PARAM,
                "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization");
        bean.addInitParameter(CrossOriginFilter.EXPOSED_HEADERS_PARAM,
                "Cache-Control,Content-Length,Content-Type," + BoundedQuery.LIMIT_HEADER);
        bean.addInitParameter(CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<ServiceDescriptionFilter> serviceDescription(Dataset dataset) {
        FilterRegistrationBean<ServiceDescriptionFilter> bean =
                new FilterRegistrationBean<>(new ServiceDescriptionFilter(dataset));
        bean.setUrlPatterns(List.of(QUERY_PATH, DESCRIPTION_PATH));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }

    @Bean
    FilterRegistrationBean<GraphStoreGuard> graphStoreGuard() {
        FilterRegistrationBean<GraphStoreGuard> bean = new FilterRegistrationBean<>(new GraphStoreGuard());
        bean.setUrlPatterns(List.of(GRAPH_PATH));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }

    @Bean
    FilterRegistrationBean<FormatParameter> formatParameter() {
        FilterRegistrationBean<FormatParameter> bean = new FilterRegistrationBean<>(new FormatParameter());
        bean.setUrlPatterns(List.of(QUERY_PATH, GRAPH_PATH));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return bean;
    }

    @Bean
    FilterRegistrationBean<SparqlMetrics> sparqlMetrics(MeterRegistry meters, DataService dataService,
                                                        ObjectProvider<WriteToken> writeToken) {
        FilterRegistrationBean<SparqlMetrics> bean = new FilterRegistrationBean<>(new SparqlMetrics(meters, dataService));
        bean.setUrlPatterns(fusekiPaths(writeToken));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }

    @Bean
    FilterRegistrationBean<FusekiFilter> fuseki(ObjectProvider<WriteToken> writeToken) {
        FilterRegistrationBean<FusekiFilter> bean = new FilterRegistrationBean<>(new FusekiFilter());
        bean.setUrlPatterns(fusekiPaths(writeToken));
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return bean;
    }

    /** The paths Fuseki answers: without a write token, {@code /update} stays with Spring, which answers 404. */
    private static List<String> fusekiPaths(ObjectProvider<WriteToken> writeToken) {
        return writeToken.getIfAvailable() == null ? List.of(QUERY_PATH, GRAPH_PATH)
                : List.of(QUERY_PATH, GRAPH_PATH, UPDATE_PATH);
    }
}

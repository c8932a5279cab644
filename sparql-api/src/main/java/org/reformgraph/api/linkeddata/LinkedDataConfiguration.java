package org.reformgraph.api.linkeddata;

import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.linkeddata.pages.OntologyPage;
import org.reformgraph.api.linkeddata.pages.PageRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LinkedDataConfiguration {
    @Bean
    GraphReader graphReader(Dataset dataset) {
        return new GraphReader(dataset);
    }

    @Bean
    DocumentCache documentCache(Dataset dataset) {
        return new DocumentCache(org.reformgraph.api.named.DataVersion.of(dataset.asDatasetGraph()));
    }

    @Bean
    ResourcePaths resourcePaths(ReformgraphProperties properties) {
        return new ResourcePaths(properties.base());
    }

    @Bean
    ResourceDescriber resourceDescriber(GraphReader reader, ResourcePaths paths) {
        return new ResourceDescriber(reader, paths.base());
    }

    @Bean
    PageRenderer pageRenderer(GraphReader reader, ResourcePaths paths) {
        return new PageRenderer(reader, paths);
    }

    @Bean
    OntologyPage ontologyPage(GraphReader reader, ResourcePaths paths) {
        return new OntologyPage(reader, paths);
    }
}

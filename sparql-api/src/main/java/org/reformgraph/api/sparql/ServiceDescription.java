package org.reformgraph.api.sparql;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description of the endpoint: what it speaks, its formats, and the graphs it holds. */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private ServiceDescription() {
    }

    /** @param endpoint the absolute URL of the query endpoint, as the client reached it */
    public static Model describe(String endpoint, Dataset dataset) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("dct", DCTerms.NS);
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(DCTerms.title, "reformgraph SPARQL endpoint (read-only)", "en")
                .addProperty(DCTerms.title, "营商环境行动方案知识图谱 SPARQL 查询端点（只读）", "zh");
        RESULT_FORMATS.forEach(f -> service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f)));

        Resource defaultDataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(sd(m, "defaultDataset"), defaultDataset);
        defaultDataset.addProperty(sd(m, "defaultGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(DCTerms.description, "the union of all named graphs", "en"));
        for (Node graph : graphNames(dataset)) {
            defaultDataset.addProperty(sd(m, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(sd(m, "name"), m.createResource(graph.getURI())));
        }
        return m;
    }

    private static List<Node> graphNames(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new java.util.ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (n.isURI()) {
                    names.add(n);
                }
            });
            names.sort(java.util.Comparator.comparing(Node::getURI));
            return names;
        });
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}

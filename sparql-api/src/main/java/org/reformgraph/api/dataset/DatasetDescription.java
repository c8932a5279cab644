package org.reformgraph.api.dataset;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.reformgraph.api.linkeddata.Prefixes;
import org.reformgraph.ontology.OntologyResources;
import org.reformgraph.ontology.RG;

/**
 * The dataset described in VoID and DCAT 3: what it is, its licence, live statistics (triples, distinct subjects and
 * objects, entities per class, triples per named graph, the last load), the SPARQL endpoint as a
 * {@code dcat:DataService}, and each dump as a {@code dcat:Distribution} with its SHA-256 ({@code spdx:checksum}).
 * The dataset's IRI is {@code {base}dataset}; the server's own URLs (endpoint, downloads) are absolute from the request.
 */
public final class DatasetDescription {
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private DatasetDescription() {
    }

    /**
     * @param root     the server's root URL, without a trailing slash ({@code http://localhost:8080})
     * @param base     the base IRI resources are minted under
     * @param examples a few resources worth looking at first
     */
    public static Model describe(String root, String base, DatasetStatistics stats, List<DumpFile> dumps,
                                 List<String> examples) {
        Model m = Prefixes.declare(ModelFactory.createDefaultModel(), base);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("spdx", SPDX);
        m.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        Resource dataset = m.createResource(base + "dataset")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("reformgraph：营商环境改革方案知识图谱", "zh"))
                .addProperty(DCTerms.title, m.createLiteral("reformgraph: a knowledge graph of Chinese business-environment reform plans", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Measures of Chinese government plans to improve the "
                        + "business environment (营商环境), the agencies that lead or carry them out, their reform types, "
                        + "topics and targets, each traced to the sentence of the plan that states it.", "en"))
                .addProperty(DCTerms.license, m.createResource(CC_BY_4))
                .addProperty(DCTerms.rights, m.createLiteral("The graph (its structure, identifiers, attributions and "
                        + "tags) is licensed CC BY 4.0. The plans' own words it quotes are official documents of Chinese "
                        + "government bodies, which Article 5 of the Copyright Law of the PRC excludes from copyright.", "en"))
                .addProperty(DCAT.keyword, m.createLiteral("营商环境", "zh"))
                .addProperty(DCAT.keyword, m.createLiteral("business environment", "en"))
                .addProperty(DCAT.keyword, m.createLiteral("linked open data", "en"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.vocabulary, m.createResource(RG.NS))
                .addProperty(VOID.sparqlEndpoint, m.createResource(root + "/sparql"))
                .addProperty(DCTerms.conformsTo, m.createResource(OntologyResources.VERSION_IRI))
                .addProperty(RDFS.seeAlso, m.createResource(base + "catalog"));
        stats(m, dataset, stats);
        for (String example : examples) {
            dataset.addProperty(VOID.exampleResource, m.createResource(example));
        }
        Resource service = m.createResource(root + "/sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("reformgraph SPARQL 1.1 endpoint", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(root + "/sparql"))
                .addProperty(DCAT.endpointDescription, m.createResource(root + "/sparql/description"))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.license, m.createResource(CC_BY_4));
        dataset.addProperty(m.createProperty(DCAT.NS, "accessService"), service);
        for (DumpFile dump : dumps) {
            Resource distribution = distribution(m, root, dump);
            dataset.addProperty(DCAT.distribution, distribution);
            if (dump.graph() == null) {
                dataset.addProperty(VOID.dataDump, m.createResource(root + "/dumps/" + dump.name()));
            }
        }
        return m;
    }

    private static void stats(Model m, Resource dataset, DatasetStatistics stats) {
        dataset.addLiteral(VOID.triples, m.createTypedLiteral(stats.triples(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.distinctSubjects, m.createTypedLiteral(stats.distinctSubjects(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.distinctObjects, m.createTypedLiteral(stats.distinctObjects(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.properties, m.createTypedLiteral(stats.properties(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.classes, m.createTypedLiteral(stats.entitiesByClass().size(), XSDDatatype.XSDinteger));
        if (stats.lastLoad() != null) {
            dataset.addLiteral(DCTerms.modified, m.createTypedLiteral(stats.lastLoad(), XSDDatatype.XSDdateTime));
        }
        Property classPartition = m.createProperty(VOID.NS, "classPartition");
        for (Map.Entry<String, Long> e : stats.entitiesByClass().entrySet()) {
            dataset.addProperty(classPartition, m.createResource()
                    .addProperty(m.createProperty(VOID.NS, "class"), m.createResource(e.getKey()))
                    .addLiteral(VOID.entities, m.createTypedLiteral(e.getValue(), XSDDatatype.XSDinteger)));
        }
        for (Map.Entry<String, Long> e : stats.triplesByGraph().entrySet()) {
            dataset.addProperty(VOID.subset, m.createResource(e.getKey())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addLiteral(VOID.triples, m.createTypedLiteral(e.getValue(), XSDDatatype.XSDinteger)));
        }
    }

    private static Resource distribution(Model m, String root, DumpFile dump) {
        String url = root + "/dumps/" + dump.name();
        Resource d = m.createResource(url)
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral(dump.graph() == null
                        ? "All graphs as N-Quads (gzip)" : "The graph " + dump.graph() + " as Turtle", "en"))
                .addProperty(DCAT.downloadURL, m.createResource(url))
                .addProperty(DCAT.accessURL, m.createResource(root + "/dumps/"))
                .addProperty(DCAT.mediaType, m.createResource(IANA + dump.mediaType()))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(dump.bytes(), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DCTerms.license, m.createResource(CC_BY_4))
                .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                        .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                        .addLiteral(m.createProperty(SPDX, "checksumValue"),
                                m.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary)));
        if (dump.compressed()) {
            d.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
        }
        return d;
    }
}

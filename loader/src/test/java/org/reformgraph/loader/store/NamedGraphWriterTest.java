package org.reformgraph.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.testing.ScratchDatasets;

class NamedGraphWriterTest {
    private static final String B = "https://example.org/";
    private static final Node GRAPH = iri("graph/a");
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    @Test
    void aTdb2DatasetGetsWhatAddGraphWouldWriteFoundThroughEveryIndex() {
        Graph graph = planLikeGraph();
        Dataset written = ScratchDatasets.tdb2();
        Dataset reference = ScratchDatasets.tdb2();
        Txn.executeWrite(written, () -> NamedGraphWriter.add(written.asDatasetGraph(), GRAPH, graph));
        Txn.executeWrite(reference, () -> reference.asDatasetGraph().addGraph(GRAPH, graph));

        // each pattern is answered by a different quad index (GSPO, GPOS, GOSP, SPOG, POSG, OSPG), so an index left
        // unwritten shows as a missing answer
        Node measure = iri("measure/1");
        Node label = iri("label");
        Node title = NodeFactory.createLiteralLang("营商环境", "zh");
        List<Quad> patterns = List.of(new Quad(GRAPH, measure, Node.ANY, Node.ANY), new Quad(GRAPH, Node.ANY, label, Node.ANY),
                new Quad(GRAPH, Node.ANY, Node.ANY, title), new Quad(Node.ANY, measure, Node.ANY, Node.ANY),
                new Quad(Node.ANY, Node.ANY, label, Node.ANY), new Quad(Node.ANY, Node.ANY, Node.ANY, title),
                new Quad(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        for (Quad pattern : patterns) {
            Set<String> found = find(written, pattern);
            assertFalse(found.isEmpty(), pattern.toString());
            assertEquals(find(reference, pattern), found, pattern.toString());
        }
        assertEquals(graph.size(), find(written, new Quad(GRAPH, Node.ANY, Node.ANY, Node.ANY)).size());
        assertEquals(Map.of("rg", B, "dct", "http://purl.org/dc/terms/"), prefixes(written));
        assertEquals(prefixes(reference), prefixes(written));
    }

    @Test
    void anAbortedTransactionKeepsNothingOfTheGraphAndTheStoreStaysWritable() {
        Dataset dataset = ScratchDatasets.tdb2();
        Graph kept = GraphFactory.createDefaultGraph();
        kept.add(iri("plan/b"), TYPE, iri("Plan"));
        Txn.executeWrite(dataset, () -> NamedGraphWriter.add(dataset.asDatasetGraph(), iri("graph/b"), kept));

        dataset.begin(ReadWrite.WRITE);
        NamedGraphWriter.add(dataset.asDatasetGraph(), GRAPH, planLikeGraph());
        dataset.abort();
        dataset.end();

        assertEquals(Set.of("<https://example.org/graph/b> <https://example.org/plan/b> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/Plan>"),
                find(dataset, new Quad(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        Txn.executeWrite(dataset, () -> NamedGraphWriter.add(dataset.asDatasetGraph(), GRAPH, planLikeGraph()));
        assertEquals(planLikeGraph().size(), find(dataset, new Quad(GRAPH, Node.ANY, Node.ANY, Node.ANY)).size());
    }

    @Test
    void aDatasetBehindAWrapperIsGivenTheGraphThroughAddGraph() {
        Dataset tdb2 = ScratchDatasets.tdb2();
        List<Node> added = new ArrayList<>();
        DatasetGraph wrapped = new DatasetGraphWrapper(tdb2.asDatasetGraph()) {
            @Override
            public void addGraph(Node graphName, Graph graph) {
                added.add(graphName);
                super.addGraph(graphName, graph);
            }
        };
        Txn.executeWrite(wrapped, () -> NamedGraphWriter.add(wrapped, GRAPH, planLikeGraph()));
        assertEquals(List.of(GRAPH), added);
        assertTrue(Txn.calculateRead(tdb2, () -> tdb2.asDatasetGraph().containsGraph(GRAPH)));
    }

    /** Node kinds a plan graph holds: IRIs, language-tagged text, numbers and dates TDB2 stores inline, blank nodes. */
    private static Graph planLikeGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        Node measure = iri("measure/1");
        graph.add(measure, TYPE, iri("Measure"));
        graph.add(measure, iri("label"), NodeFactory.createLiteralLang("营商环境", "zh"));
        graph.add(measure, iri("label"), NodeFactory.createLiteralString("优化营商环境行动方案"));
        graph.add(measure, iri("ordinal"), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger));
        graph.add(measure, iri("confidence"), NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal));
        graph.add(measure, iri("issued"), NodeFactory.createLiteralDT("2024-03-01", XSDDatatype.XSDdate));
        graph.add(measure, iri("draft"), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
        Node span = NodeFactory.createBlankNode();
        graph.add(measure, iri("evidence"), span);
        graph.add(span, iri("quote"), NodeFactory.createLiteralLang("营商环境", "zh"));
        graph.getPrefixMapping().setNsPrefix("rg", B).setNsPrefix("dct", "http://purl.org/dc/terms/");
        return graph;
    }

    private static Set<String> find(Dataset dataset, Quad pattern) {
        return Txn.calculateRead(dataset, () -> {
            Set<String> out = new TreeSet<>();
            dataset.asDatasetGraph().find(pattern).forEachRemaining(q -> out.add(
                    String.join(" ", term(q.getGraph()), term(q.getSubject()), term(q.getPredicate()), term(q.getObject()))));
            return out;
        });
    }

    /** Blank nodes by kind only: the two stores label them alike, but the comparison need not rely on it. */
    private static String term(Node node) {
        return node.isBlank() ? "_:b" : NodeFmtLib.strNT(node);
    }

    private static Map<String, String> prefixes(Dataset dataset) {
        // as addGraph keeps them: under the graph's name in the store's prefix table
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> out = new TreeMap<>();
            TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getStoragePrefixes().get(GRAPH)
                    .forEachRemaining(entry -> out.put(entry.getPrefix(), entry.getUri()));
            return out;
        });
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(B + local);
    }
}

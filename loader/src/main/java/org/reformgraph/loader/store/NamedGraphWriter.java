package org.reformgraph.loader.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a graph's triples to a dataset as one named graph, inside the caller's write transaction: what
 * {@link DatasetGraph#addGraph(Node, Graph)} writes, quads and the graph's prefixes, written faster into a TDB2
 * database.
 *
 * <p>{@code addGraph} stores a graph one quad at a time: each quad looks up its four nodes and is then inserted into
 * the six quad indexes in turn, so every quad walks six B+trees one after the other. Here the graph's nodes are looked
 * up (or allocated) first, then its quads go into one index after another, as Jena's own bulk loaders fill an index:
 * the same writes, in the same transaction (an abort undoes them like any other), with one index's blocks in the
 * processor's caches at a time. In a 100-plan load the store stage went from 8.2-9.7 s to 7.6-8.4 s and the whole load
 * from 13.0 to 12.1 s (medians of 11 runs each, taken in turn; docs/BENCHMARKS.md).
 *
 * <p>Only a TDB2 dataset as {@code TDB2Factory} opens it is written this way; any other dataset, including a TDB2
 * one behind a wrapper (which may have its own idea of what adding a graph means), gets {@code addGraph}.
 */
final class NamedGraphWriter {
    private NamedGraphWriter() {
    }

    static void add(DatasetGraph dataset, Node graphName, Graph graph) {
        if (!TDBInternal.isTDB2(dataset)) {
            dataset.addGraph(graphName, graph);
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId graphId = nodes.getAllocateNodeId(graphName);
        List<Tuple<NodeId>> rows = new ArrayList<>(graph.size());
        graph.find().forEachRemaining((Triple t) -> rows.add(TupleFactory.tuple(graphId,
                nodes.getAllocateNodeId(t.getSubject()), nodes.getAllocateNodeId(t.getPredicate()),
                nodes.getAllocateNodeId(t.getObject()))));
        quads.getTupleTable().addAll(rows);
        // as addGraph does: the graph's own prefixes, kept under its name
        graph.getPrefixMapping().getNsPrefixMap().forEach((prefix, iri) -> tdb.getStoragePrefixes().add(graphName, prefix, iri));
    }
}

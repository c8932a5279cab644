package org.reformgraph.bench.endpoint;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** The named graphs of an N-Quads export, and how many quads it holds. */
public record ExportedGraphs(Set<String> graphs, long quads) {
    public static ExportedGraphs read(Path nquads) {
        Set<String> graphs = new TreeSet<>();
        long[] count = {0};
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                count[0]++;
                if (!quad.isDefaultGraph()) {
                    graphs.add(quad.getGraph().getURI());
                }
            }

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                count[0]++;
            }
        });
        return new ExportedGraphs(Set.copyOf(graphs), count[0]);
    }
}

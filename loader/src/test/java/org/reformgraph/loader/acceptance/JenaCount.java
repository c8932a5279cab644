package org.reformgraph.loader.acceptance;

import java.nio.file.Path;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.lang.StreamRDFCounting;

/** How many triples or quads Jena's parser reads from a file (the syntax from its extension). */
final class JenaCount {
    private JenaCount() {
    }

    static long of(Path file) {
        StreamRDFCounting counter = StreamRDFLib.count();
        RDFParser.source(file).parse(counter);
        return counter.count();
    }
}

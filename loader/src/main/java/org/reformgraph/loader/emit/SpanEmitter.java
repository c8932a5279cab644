package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.ontology.RG;

/**
 * Mints the text spans that evidence points to. The pipeline works on the cleaned text; the graph publishes the
 * original text's range in code points and quotes the original exactly, so a reader can find the words in the file.
 */
final class SpanEmitter {
    private final Model model;
    private final IriMinter iris;
    private final String planId;
    private final CleanText clean;
    private final CodePointOffsets offsets;

    SpanEmitter(Model model, IriMinter iris, String planId, CleanText clean) {
        this.model = model;
        this.iris = iris;
        this.planId = planId;
        this.clean = clean;
        this.offsets = new CodePointOffsets(clean.original());
    }

    /** The span resource for a range of the cleaned text. */
    Resource span(Span cleanSpan) {
        Span original = clean.toOriginal(cleanSpan);
        int start = offsets.toCodePoint(original.start());
        int end = offsets.toCodePoint(original.end());
        Resource span = model.createResource(iris.span(planId, start, end));
        span.addProperty(RDF.type, RG.TextSpan)
                .addProperty(RG.plan, model.createResource(iris.plan(planId)))
                .addLiteral(RG.start, Literals.integer(start))
                .addLiteral(RG.end, Literals.integer(end))
                .addLiteral(RG.quote, Literals.plain(original.of(clean.original())));
        return span;
    }
}

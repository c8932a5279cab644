package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.reformgraph.loader.clean.CleanText;

/** What the unit emitters of one plan share: the model being built, the IRIs, the plan and its text. */
record EmitContext(Model model, IriMinter iris, String planId, CleanText clean, SpanEmitter spans) {

    static EmitContext start(Model model, IriMinter iris, String planId, CleanText clean) {
        return new EmitContext(model, iris, planId, clean, new SpanEmitter(model, iris, planId, clean));
    }

    Resource plan() {
        return model.createResource(iris.plan(planId));
    }

    Resource resource(String iri) {
        return model.createResource(iri);
    }
}

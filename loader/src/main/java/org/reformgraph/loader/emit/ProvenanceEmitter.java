package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.ontology.RG;

/** The load run (PROV-O): when, by which loader version, from which file and checksum. */
final class ProvenanceEmitter {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final EmitContext context;

    ProvenanceEmitter(EmitContext context) {
        this.context = context;
    }

    Resource emit(LoadRun run, SourceText source) {
        Resource load = context.resource(context.iris().loadRun(context.planId()));
        load.addProperty(RDF.type, RG.LoadRun)
                .addLiteral(context.model().createProperty(PROV, "startedAtTime"), Literals.dateTime(run.started()))
                .addLiteral(context.model().createProperty(PROV, "endedAtTime"), Literals.dateTime(run.ended()))
                .addLiteral(RG.loaderVersion, Literals.plain(run.loaderVersion()))
                .addLiteral(RG.sourceFile, Literals.plain(source.fileName()))
                .addLiteral(RG.sha256, Literals.plain(source.sha256()))
                .addLiteral(RG.encoding, Literals.plain(source.charset().name()));
        context.plan().addProperty(context.model().createProperty(PROV, "wasGeneratedBy"), load);
        return load;
    }
}

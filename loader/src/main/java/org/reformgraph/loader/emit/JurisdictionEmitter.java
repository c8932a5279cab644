package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.ontology.RG;

/** A jurisdiction and every jurisdiction it lies within, so that a graph holding it stands alone. */
public final class JurisdictionEmitter {
    private final IriMinter iris;

    public JurisdictionEmitter(IriMinter iris) {
        this.iris = iris;
    }

    public Resource emit(Model model, Jurisdiction jurisdiction) {
        Resource resource = model.createResource(iris.jurisdiction(jurisdiction));
        resource.addProperty(RDF.type, RG.Jurisdiction)
                .addLiteral(RDFS.label, Literals.zh(jurisdiction.name()))
                .addProperty(RG.level, level(jurisdiction.level()));
        if (jurisdiction.within() != null) {
            resource.addProperty(RG.within, emit(model, jurisdiction.within()));
        }
        Jurisdiction city = jurisdiction.countsForCity();
        if (city != null) {
            resource.addProperty(RG.city, city == jurisdiction ? resource : emit(model, city));
        }
        return resource;
    }

    static Resource level(Level level) {
        return switch (level) {
            case NATION -> RG.Nation;
            case PROVINCE -> RG.Province;
            case CITY -> RG.City;
            case DISTRICT -> RG.District;
            case TOWNSHIP -> RG.Township;
        };
    }
}

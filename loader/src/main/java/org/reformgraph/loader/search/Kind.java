package org.reformgraph.loader.search;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.reformgraph.ontology.RG;

/** The kinds of resource the index holds, by their class; a subject of any other class is not indexed. */
public enum Kind {
    Measure(RG.Measure), Plan(RG.Plan), Section(RG.Section), Agency(RG.Agency), Jurisdiction(RG.Jurisdiction),
    ReformType(RG.ReformType), Topic(RG.Topic), AgencyType(RG.AgencyType);

    private final Node type;

    Kind(Resource type) {
        this.type = type.asNode();
    }

    static Optional<Kind> of(Node type) {
        for (Kind kind : values()) {
            if (kind.type.equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a filter names, e.g. {@code Measure} or {@code measure}. */
    public static Kind parse(String name) {
        for (Kind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown type '" + name + "': expected one of "
                + java.util.Arrays.toString(values()));
    }
}

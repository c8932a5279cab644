package org.reformgraph.loader.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.ontology.RG;

/** The curated reform types and every Chinese label that names one, indexed by {@link MatchKey} form. */
public final class ReformTypeScheme {
    private final List<ReformTypeConcept> concepts;
    private final Map<String, ReformTypeConcept> byKey;

    ReformTypeScheme(List<ReformTypeConcept> concepts) {
        this.concepts = List.copyOf(concepts);
        Map<String, ReformTypeConcept> index = new LinkedHashMap<>();
        for (ReformTypeConcept concept : concepts) {
            for (String label : concept.labels()) {
                String key = MatchKey.normalise(label);
                ReformTypeConcept other = index.putIfAbsent(key, concept);
                if (other != null && other != concept) {
                    throw new IllegalArgumentException("reform-type label \"" + label + "\" names both "
                            + other.slug() + " and " + concept.slug());
                }
            }
        }
        this.byKey = Collections.unmodifiableMap(index);
    }

    /** The scheme shipped in the ontology module ({@code reform-types.ttl}). */
    public static ReformTypeScheme load() {
        return fromModel(SchemeFiles.read(SchemeFiles.REFORM_TYPES));
    }

    public static ReformTypeScheme fromModel(Model model) {
        List<ReformTypeConcept> out = new ArrayList<>();
        List<Resource> subjects = model.listResourcesWithProperty(RDF.type, RG.ReformType).toList();
        subjects.sort(Comparator.comparing(Resource::getURI));
        for (Resource concept : subjects) {
            String iri = concept.getURI();
            if (iri == null || !iri.startsWith(RG.REFORM_TYPE_NS)) {
                throw new IllegalArgumentException("reform type " + concept + " is not under " + RG.REFORM_TYPE_NS);
            }
            String pref = zhLabel(concept, SKOS.prefLabel)
                    .orElseThrow(() -> new IllegalArgumentException("reform type " + iri + " has no skos:prefLabel@zh"));
            List<String> labels = new ArrayList<>();
            labels.add(pref);
            for (Statement alt : concept.listProperties(SKOS.altLabel).toList()) {
                if ("zh".equals(alt.getLanguage())) {
                    labels.add(alt.getString());
                }
            }
            out.add(new ReformTypeConcept(iri.substring(RG.REFORM_TYPE_NS.length()), iri, pref, labels));
        }
        return new ReformTypeScheme(out);
    }

    private static Optional<String> zhLabel(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().filter(s -> "zh".equals(s.getLanguage()))
                .map(Statement::getString).findFirst();
    }

    public List<ReformTypeConcept> concepts() {
        return concepts;
    }

    /** Every label key with the concept it names. */
    Map<String, ReformTypeConcept> labelKeys() {
        return byKey;
    }

    /** The concept whose label has this key, if any. */
    public Optional<ReformTypeConcept> byLabel(String term) {
        return Optional.ofNullable(byKey.get(MatchKey.normalise(term)));
    }

    /** Whether {@code termKey} contains any label of the scheme. */
    boolean containsLabelIn(String termKey) {
        for (String key : byKey.keySet()) {
            if (termKey.contains(key)) {
                return true;
            }
        }
        return false;
    }
}

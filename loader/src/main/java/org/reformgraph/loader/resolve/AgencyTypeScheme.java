package org.reformgraph.loader.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.ontology.RG;

/**
 * The agency-type concept scheme shipped with the ontology, read once: every Chinese label (preferred or alternative,
 * a core name without jurisdiction prefix) mapped to the type it names.
 */
public final class AgencyTypeScheme {
    public static final String RESOURCE = "org/reformgraph/ontology/agency-types.ttl";

    private final Map<String, String> typeByLabel;
    private final Map<String, String> prefLabelZh;
    private final List<String> labelsLongestFirst;

    AgencyTypeScheme(Model model) {
        Map<String, String> byLabel = new LinkedHashMap<>();
        Map<String, String> pref = new LinkedHashMap<>();
        for (Resource concept : model.listSubjectsWithProperty(RDF.type, RG.AgencyType).toList()) {
            String uri = concept.getURI();
            if (uri == null || !uri.startsWith(RG.AGENCY_TYPE_NS)) {
                throw new IllegalStateException(RESOURCE + ": agency type outside " + RG.AGENCY_TYPE_NS + ": " + concept);
            }
            String slug = uri.substring(RG.AGENCY_TYPE_NS.length());
            for (Statement st : concept.listProperties(SKOS.prefLabel).toList()) {
                if ("zh".equals(st.getLanguage())) {
                    pref.put(slug, st.getString());
                    putLabel(byLabel, st.getObject(), slug);
                }
            }
            for (Statement st : concept.listProperties(SKOS.altLabel).toList()) {
                if ("zh".equals(st.getLanguage())) {
                    putLabel(byLabel, st.getObject(), slug);
                }
            }
        }
        if (byLabel.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no agency types with Chinese labels found");
        }
        this.typeByLabel = Collections.unmodifiableMap(byLabel);
        this.prefLabelZh = Collections.unmodifiableMap(pref);
        List<String> labels = new ArrayList<>(byLabel.keySet());
        labels.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.labelsLongestFirst = List.copyOf(labels);
    }

    private static void putLabel(Map<String, String> byLabel, RDFNode label, String slug) {
        String text = label.asLiteral().getString();
        String previous = byLabel.putIfAbsent(text, slug);
        if (previous != null && !previous.equals(slug)) {
            throw new IllegalStateException(RESOURCE + ": label '" + text + "' names two types, " + previous + " and " + slug);
        }
    }

    /** The scheme from the classpath, loaded on first use. */
    public static AgencyTypeScheme get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final AgencyTypeScheme INSTANCE = new AgencyTypeScheme(RDFDataMgr.loadModel(RESOURCE));
    }

    /** The type whose label is exactly this core name. */
    public Optional<String> typeOf(String coreName) {
        return Optional.ofNullable(typeByLabel.get(coreName));
    }

    /** Whether a type is a collective actor (各区人民政府, 市直相关单位): several bodies named together as one. */
    public static boolean isCollective(String slug) {
        return CoreNames.COLLECTIVE.contains(slug);
    }

    /** Core names of merged bodies (经科局): one body of two types, so no label of the scheme. */
    public static java.util.Set<String> mergedCoreNames() {
        return CoreNames.mergedNames();
    }

    /** Whether a core name (without prefix) names a type of the scheme or a merged body. */
    public boolean knows(String coreName) {
        return typeByLabel.containsKey(coreName) || CoreNames.mergedNames().contains(coreName);
    }

    public boolean isType(String slug) {
        return prefLabelZh.containsKey(slug);
    }

    public String prefLabel(String slug) {
        return prefLabelZh.get(slug);
    }

    /** Every Chinese label, longest first (so that a longer core wins over its own tail). */
    public List<String> labelsLongestFirst() {
        return labelsLongestFirst;
    }
}

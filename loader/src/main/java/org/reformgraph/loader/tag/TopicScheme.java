package org.reformgraph.loader.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.ontology.RG;

/** The topics of one or more topic schemes, with the heading wordings and keywords the tagger matches. */
public final class TopicScheme {
    private final List<Topic> topics;

    TopicScheme(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** Both shipped schemes: B-READY ({@code topics-bready.ttl}) and China's indicators ({@code topics-cn.ttl}). */
    public static TopicScheme load() {
        Model model = SchemeFiles.read(SchemeFiles.TOPICS_BREADY);
        model.add(SchemeFiles.read(SchemeFiles.TOPICS_CN));
        return fromModel(model);
    }

    public static TopicScheme fromModel(Model model) {
        List<Resource> subjects = model.listResourcesWithProperty(RDF.type, RG.Topic).toList();
        subjects.sort(Comparator.comparing(Resource::getURI));
        List<Topic> out = new ArrayList<>();
        for (Resource r : subjects) {
            Resource scheme = r.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null) {
                throw new IllegalArgumentException("topic " + r + " has no skos:inScheme");
            }
            List<String> prefs = zh(r, SKOS.prefLabel);
            if (prefs.isEmpty()) {
                throw new IllegalArgumentException("topic " + r + " has no skos:prefLabel@zh");
            }
            Set<String> headings = new LinkedHashSet<>();
            for (String label : prefs) {
                headings.add(MatchKey.normalise(label));
            }
            for (String label : zh(r, SKOS.altLabel)) {
                headings.add(MatchKey.normalise(label));
            }
            Set<String> keywords = new LinkedHashSet<>();
            for (String word : zh(r, RG.keyword)) {
                keywords.add(MatchKey.normalise(word));
            }
            out.add(new Topic(r.getURI(), scheme.getURI(), prefs.get(0), List.copyOf(headings), List.copyOf(keywords)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no rg:Topic in the topic schemes");
        }
        return new TopicScheme(out);
    }

    private static List<String> zh(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && "zh".equals(s.getLanguage())) {
                out.add(s.getString());
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    public List<Topic> topics() {
        return topics;
    }

    /** The IRIs of the schemes, in first-seen order. */
    public List<String> schemeIris() {
        return topics.stream().map(Topic::schemeIri).distinct().toList();
    }
}

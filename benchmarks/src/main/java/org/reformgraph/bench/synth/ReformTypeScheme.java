package org.reformgraph.bench.synth;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.ontology.RG;

/**
 * The reform types of the project's scheme, ranked in the order the scheme file lists them (most widely copied
 * first), sampled with a Zipf skew.
 */
public final class ReformTypeScheme {
    static final String RESOURCE = "/org/reformgraph/ontology/reform-types.ttl";

    private static final Pattern IGNORED = Pattern.compile("[“”\"‘’、·\\s]");

    private final List<ReformType> types;
    private final ZipfSampler sampler;
    /** all labels, longest first, so a scan prefers 双随机、一公开 to a shorter label inside it */
    private final List<Map.Entry<String, ReformType>> byLabel = new ArrayList<>();

    private ReformTypeScheme(List<ReformType> types, double exponent) {
        this.types = List.copyOf(types);
        this.sampler = new ZipfSampler(types.size(), exponent);
        for (ReformType type : types) {
            type.labels().forEach(label -> byLabel.add(Map.entry(normalise(label), type)));
        }
        byLabel.sort(Comparator.comparing((Map.Entry<String, ReformType> e) -> e.getKey().length()).reversed());
    }

    public static ReformTypeScheme load(double exponent) {
        InputStream in = ReformTypeScheme.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath: the reformgraph-ontology jar is needed");
        }
        // a stream keeps the file's order, which is the rank order; a Model would not
        Map<String, String> prefLabels = new LinkedHashMap<>();
        Map<String, List<String>> altLabels = new LinkedHashMap<>();
        Set<String> concepts = new LinkedHashSet<>();
        RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                String subject = triple.getSubject().isURI() ? triple.getSubject().getURI() : null;
                Node object = triple.getObject();
                if (subject == null) {
                    return;
                }
                if (triple.getPredicate().equals(RDF.type.asNode()) && object.equals(RG.ReformType.asNode())) {
                    concepts.add(subject);
                } else if (object.isLiteral() && "zh".equals(object.getLiteralLanguage())) {
                    if (triple.getPredicate().equals(SKOS.prefLabel.asNode())) {
                        prefLabels.put(subject, object.getLiteralLexicalForm());
                    } else if (triple.getPredicate().equals(SKOS.altLabel.asNode())) {
                        altLabels.computeIfAbsent(subject, s -> new ArrayList<>()).add(object.getLiteralLexicalForm());
                    }
                }
            }
        });
        List<ReformType> types = new ArrayList<>();
        for (String iri : concepts) {
            String label = prefLabels.get(iri);
            if (label == null) {
                throw new IllegalStateException(RESOURCE + ": reform type <" + iri + "> has no skos:prefLabel in Chinese");
            }
            List<String> labels = new ArrayList<>();
            labels.add(label);
            labels.addAll(altLabels.getOrDefault(iri, List.of()));
            types.add(new ReformType(iri, label, List.copyOf(labels)));
        }
        if (types.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no rg:ReformType");
        }
        return new ReformTypeScheme(types, exponent);
    }

    public ReformType sample(Random random) {
        return types.get(sampler.sample(random));
    }

    /** A reform type by its Chinese prefLabel; names the label when the scheme lacks it. */
    public ReformType byLabel(String label) {
        for (ReformType type : types) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no reform type labelled '" + label + "' in " + RESOURCE);
    }

    public List<ReformType> types() {
        return types;
    }

    /** The reform types a text names by any of their labels, in order of first appearance, each once. */
    public List<ReformType> namedIn(String text) {
        String plain = normalise(text);
        Map<ReformType, Integer> found = new LinkedHashMap<>();
        StringBuilder masked = new StringBuilder(plain);
        for (Map.Entry<String, ReformType> entry : byLabel) {
            String label = entry.getKey();
            int at = masked.indexOf(label);
            while (at >= 0) {
                found.merge(entry.getValue(), at, Math::min);
                // a label found is blanked so that a shorter label inside it is not counted again
                for (int i = at; i < at + label.length(); i++) {
                    masked.setCharAt(i, '\u0000');
                }
                at = masked.indexOf(label, at + label.length());
            }
        }
        List<ReformType> ordered = new ArrayList<>(found.keySet());
        ordered.sort(Comparator.comparing(found::get));
        return ordered;
    }

    /** Quotes, 、 and · are dropped, as the project's tagger drops them before it matches labels. */
    private static String normalise(String text) {
        return IGNORED.matcher(text).replaceAll("");
    }
}

package org.reformgraph.loader.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.ontology.RG;

/**
 * What one named graph contributes to the index: the literals of {@link IndexFields#PREDICATES} on subjects of a
 * {@link Kind}, and a fingerprint of exactly those, so the index can tell that a graph changed without comparing it.
 */
record GraphText(String graph, List<IndexedLiteral> literals, String fingerprint) {
    private static final Comparator<IndexedLiteral> ORDER = Comparator.comparing(IndexedLiteral::subject)
            .thenComparing(IndexedLiteral::predicate).thenComparing(IndexedLiteral::text)
            .thenComparing(IndexedLiteral::lang);

    /** Reads the graph; the caller holds a read transaction. */
    static GraphText read(DatasetGraph dataset, Node graph) {
        Map<Node, Optional<Kind>> kinds = new HashMap<>();
        String plan = planOf(dataset, graph);
        List<IndexedLiteral> literals = new ArrayList<>();
        for (Node predicate : IndexFields.PREDICATES) {
            Iterator<Quad> quads = dataset.find(graph, Node.ANY, predicate, Node.ANY);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                Node object = quad.getObject();
                if (!object.isLiteral() || !quad.getSubject().isURI()) {
                    continue;
                }
                Optional<Kind> kind = kinds.computeIfAbsent(quad.getSubject(), s -> kindOf(dataset, graph, s));
                if (kind.isEmpty()) {
                    continue;
                }
                literals.add(new IndexedLiteral(quad.getSubject().getURI(), kind.get(), predicate.getURI(),
                        object.getLiteralLexicalForm(), object.getLiteralLanguage(), graph.getURI(), plan));
            }
        }
        literals.sort(ORDER);
        return new GraphText(graph.getURI(), List.copyOf(literals), fingerprint(literals));
    }

    private static Optional<Kind> kindOf(DatasetGraph dataset, Node graph, Node subject) {
        Iterator<Quad> types = dataset.find(graph, subject, RDF.type.asNode(), Node.ANY);
        while (types.hasNext()) {
            Optional<Kind> kind = Kind.of(types.next().getObject());
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    /** The plan a plan graph describes; null for the ontology's graph and the catalog's (they describe no one plan). */
    private static String planOf(DatasetGraph dataset, Node graph) {
        Iterator<Quad> plans = dataset.find(graph, Node.ANY, RDF.type.asNode(), RG.Plan.asNode());
        String plan = null;
        while (plans.hasNext()) {
            Node subject = plans.next().getSubject();
            if (plan != null) {
                return null;
            }
            plan = subject.isURI() ? subject.getURI() : null;
        }
        return plan;
    }

    private static String fingerprint(List<IndexedLiteral> literals) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (IndexedLiteral literal : literals) {
                for (String part : new String[] {literal.subject(), literal.kind().name(), literal.predicate(), literal.text(),
                        literal.lang(), String.valueOf(literal.plan())}) {
                    digest.update(part.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.reformgraph.api.linkeddata;

import java.util.Optional;
import java.util.regex.Pattern;
import org.reformgraph.ontology.OntologyResources;
import org.reformgraph.ontology.RG;

/**
 * Where each IRI of the graph is served on this server, and back: {@code {base}X} at {@code /id/X}, the concept
 * schemes' {@code https://w3id.org/reformgraph/scheme/X} at {@code /scheme/X}, the ontology and its {@code #} terms at
 * {@code /ontology}. The base is the one resources were minted under, so {@code serve --base} moves all of them.
 */
public final class ResourcePaths {
    public static final String ID = "/id/";
    public static final String SCHEME = "/scheme/";
    public static final String ONTOLOGY = "/ontology";
    /** Characters that may not stand in an IRI (RFC 3987); a path holding one names nothing here. */
    private static final Pattern UNSAFE = Pattern.compile("[\\s<>\"{}|\\\\^`]");

    private final String base;

    public ResourcePaths(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The IRI a request path (without a format suffix) stands for; empty for a path that names none. */
    public Optional<String> iriOf(String path) {
        String iri;
        if (path.equals(ONTOLOGY)) {
            iri = OntologyResources.ONTOLOGY_IRI;
        } else if (path.startsWith(ID) && path.length() > ID.length()) {
            iri = base + path.substring(ID.length());
        } else if (path.startsWith(SCHEME) && path.length() > SCHEME.length()) {
            iri = RG.SCHEME_NS + path.substring(SCHEME.length());
        } else {
            return Optional.empty();
        }
        return UNSAFE.matcher(iri).find() ? Optional.empty() : Optional.of(iri);
    }

    /** The path on this server that serves {@code iri}; empty for an IRI that is not ours (it is linked as it is). */
    public Optional<String> pathOf(String iri) {
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return Optional.of(ID + iri.substring(base.length()));
        }
        if (iri.startsWith(RG.SCHEME_NS) && iri.length() > RG.SCHEME_NS.length()) {
            return Optional.of(SCHEME + iri.substring(RG.SCHEME_NS.length()));
        }
        if (iri.equals(OntologyResources.ONTOLOGY_IRI)) {
            return Optional.of(ONTOLOGY);
        }
        if (iri.startsWith(RG.NS)) {
            return Optional.of(ONTOLOGY + ".html#" + iri.substring(RG.NS.length()));
        }
        return Optional.empty();
    }

    /** A link target for an HTML page: the local page of our IRIs, the IRI itself otherwise. */
    public String href(String iri) {
        return pathOf(iri).map(p -> p.contains("#") ? p : p + ".html").orElse(iri);
    }
}

package org.reformgraph.api.linkeddata;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a resource's description is served in, each with the media type it is negotiated by and the suffix of
 * its own document URL ({@code /id/X.ttl}).
 */
public enum Representation {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
    N_TRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    HTML("html", "text/html", null);

    private final String suffix;
    private final String mediaType;
    private final RDFFormat format;

    Representation(String suffix, String mediaType, RDFFormat format) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.format = format;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header, with the charset every text form here is written in. */
    public String contentType() {
        return mediaType + ";charset=utf-8";
    }

    /** The RDF syntax; empty for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(format);
    }

    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }
}

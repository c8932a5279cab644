package org.reformgraph.api.named;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.MediaType;

/** The formats a named query answers in: result tables for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE. */
public enum AnswerFormat {
    JSON("json", ResultSetLang.RS_JSON, true),
    CSV("csv", ResultSetLang.RS_CSV, true),
    TSV("tsv", ResultSetLang.RS_TSV, true),
    XML("xml", ResultSetLang.RS_XML, true),
    TURTLE("turtle", Lang.TURTLE, false),
    JSON_LD("json-ld", Lang.JSONLD, false),
    N_TRIPLES("n-triples", Lang.NTRIPLES, false);

    private final String shortName;
    private final Lang lang;
    private final boolean table;

    AnswerFormat(String shortName, Lang lang, boolean table) {
        this.shortName = shortName;
        this.lang = lang;
        this.table = table;
    }

    /** The name {@code ?format=} knows it by. */
    public String shortName() {
        return shortName;
    }

    public Lang lang() {
        return lang;
    }

    public boolean isTable() {
        return table;
    }

    public String contentType() {
        return lang.getHeaderString() + ";charset=utf-8";
    }

    /** The format named by {@code ?format=} if given, else the best match for the Accept header. */
    public static AnswerFormat choose(String formatParameter, List<MediaType> accept, boolean table) {
        if (formatParameter != null) {
            String wanted = formatParameter.toLowerCase(Locale.ROOT);
            for (AnswerFormat f : values()) {
                if (f.table == table && (f.shortName.equals(wanted) || f.lang.getHeaderString().equals(wanted))) {
                    return f;
                }
            }
            throw new UnknownFormatException("format '" + formatParameter + "' is not one of "
                    + String.join(", ", List.of(values()).stream().filter(f -> f.table == table)
                    .map(f -> f.shortName).toList()) + " for this query");
        }
        List<MediaType> byQuality = new java.util.ArrayList<>(accept);
        byQuality.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType m : byQuality) {
            Optional<AnswerFormat> match = List.of(values()).stream()
                    .filter(f -> f.table == table && m.includes(MediaType.parseMediaType(f.lang.getHeaderString())))
                    .findFirst();
            if (match.isPresent() && !m.isWildcardType()) {
                return match.get();
            }
        }
        return table ? JSON : TURTLE;
    }

    /** A {@code ?format=} this kind of query cannot answer in. */
    public static final class UnknownFormatException extends IllegalArgumentException {
        UnknownFormatException(String message) {
            super(message);
        }
    }
}

package org.reformgraph.queries;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The declared type of a query parameter: turns the text a caller sends into the one RDF term it stands for.
 * The term is then put into the parsed query, so no value can ever change the query's structure.
 */
public final class ParameterType {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    /** How a kind of value becomes an RDF term. */
    public enum Kind { IRI, STRING, LANG_STRING, INTEGER, DECIMAL, BOOLEAN, DATE }

    private final Kind kind;
    private final String language;

    private ParameterType(Kind kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    /**
     * Reads a type as written in a query header: {@code iri}, {@code string}, {@code langString@zh},
     * {@code integer}, {@code decimal}, {@code boolean}, {@code date}.
     */
    public static ParameterType parse(String token) {
        Objects.requireNonNull(token, "token");
        int at = token.indexOf('@');
        if (at >= 0) {
            String head = token.substring(0, at);
            String tag = token.substring(at + 1);
            if (!head.equals("langString")) {
                throw new IllegalArgumentException("only langString takes a language tag, not '" + token + "'");
            }
            if (!LANGUAGE_TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("'" + tag + "' is not a language tag (in '" + token + "')");
            }
            return new ParameterType(Kind.LANG_STRING, tag.toLowerCase(Locale.ROOT));
        }
        return switch (token) {
            case "iri" -> new ParameterType(Kind.IRI, null);
            case "string" -> new ParameterType(Kind.STRING, null);
            case "integer" -> new ParameterType(Kind.INTEGER, null);
            case "decimal" -> new ParameterType(Kind.DECIMAL, null);
            case "boolean" -> new ParameterType(Kind.BOOLEAN, null);
            case "date" -> new ParameterType(Kind.DATE, null);
            case "langString" -> throw new IllegalArgumentException(
                    "langString needs a language tag, e.g. langString@zh");
            default -> throw new IllegalArgumentException("unknown parameter type '" + token
                    + "' (expected iri, string, langString@<tag>, integer, decimal, boolean or date)");
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The language tag of a {@code langString} parameter, else null. */
    public String language() {
        return language;
    }

    /**
     * The RDF term for a value, or an {@link IllegalArgumentException} that says what was expected.
     */
    public Node toNode(String value) {
        Objects.requireNonNull(value, "value");
        return switch (kind) {
            case IRI -> iri(value);
            case STRING -> NodeFactory.createLiteralString(value);
            case LANG_STRING -> NodeFactory.createLiteralLang(value, language);
            case INTEGER -> typed(canonicalInteger(value), XSDDatatype.XSDinteger);
            case DECIMAL -> typed(canonicalDecimal(value), XSDDatatype.XSDdecimal);
            case BOOLEAN -> typed(canonicalBoolean(value), XSDDatatype.XSDboolean);
            case DATE -> typed(canonicalDate(value), XSDDatatype.XSDdate);
        };
    }

    private static Node iri(String value) {
        IRIx iri;
        try {
            iri = IRIx.create(value);
        } catch (IRIException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid IRI: " + e.getMessage(), e);
        }
        if (!iri.isAbsolute()) {
            throw new IllegalArgumentException("'" + value + "' is not an absolute IRI (it needs a scheme such as https:)");
        }
        return NodeFactory.createURI(iri.str());
    }

    private static Node typed(String lexical, XSDDatatype datatype) {
        return NodeFactory.createLiteralDT(lexical, datatype);
    }

    private static String canonicalInteger(String value) {
        try {
            return new BigInteger(value.strip()).toString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not an integer", e);
        }
    }

    private static String canonicalDecimal(String value) {
        try {
            return new BigDecimal(value.strip()).toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a decimal number", e);
        }
    }

    private static String canonicalBoolean(String value) {
        String v = value.strip();
        if (v.equals("true") || v.equals("false")) {
            return v;
        }
        throw new IllegalArgumentException("'" + value + "' is not a boolean (true or false)");
    }

    private static String canonicalDate(String value) {
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** The type as it is written in a header, e.g. {@code langString@zh}. */
    @Override
    public String toString() {
        return switch (kind) {
            case IRI -> "iri";
            case STRING -> "string";
            case LANG_STRING -> "langString@" + language;
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterType other && kind == other.kind && Objects.equals(language, other.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, language);
    }
}

package org.reformgraph.bench.endpoint;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A SELECT answer reduced to what must agree across stores: the number of rows and a digest of the rows, each row
 * written in a canonical form and the rows sorted (so ORDER BY ties and store-specific orders do not matter).
 *
 * <p>Canonical terms: numbers by value (Virtuoso answers {@code xsd:int} where Jena answers {@code xsd:integer}, and
 * averages differ in the last digits, so doubles and decimals are compared to 9 significant digits); a string literal
 * with {@code xsd:string} the same as a plain one, and an empty one the same as no value; language tags in lower
 * case; every blank node the same.
 */
public record Answer(int rows, String digest, List<String> lines) {
    private static final MathContext NINE_DIGITS = new MathContext(9);
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> NUMERIC = Set.of("integer", "int", "long", "short", "byte", "decimal", "double",
            "float", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte");

    public static Answer ofSparqlJson(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> vars = results.getResultVars().stream().sorted().toList();
        List<String> lines = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            StringBuilder line = new StringBuilder();
            for (String var : vars) {
                RDFNode value = row.get(var);
                line.append(var).append('=').append(value == null || isEmptyString(value.asNode()) ? "" : canonical(value.asNode()))
                        .append('\t');
            }
            lines.add(line.toString());
        }
        lines.sort(null);
        return new Answer(lines.size(), sha256(lines), List.copyOf(lines));
    }

    public boolean agreesWith(Answer other) {
        return rows == other.rows && digest.equals(other.digest);
    }

    /** How this answer differs from another: the row counts, and the first canonical row only one of them has. */
    public String differenceFrom(Answer other, String thisName, String otherName) {
        Set<String> theirs = new HashSet<>(other.lines);
        Set<String> ours = new HashSet<>(lines);
        String onlyHere = lines.stream().filter(l -> !theirs.contains(l)).findFirst().orElse(null);
        String onlyThere = other.lines.stream().filter(l -> !ours.contains(l)).findFirst().orElse(null);
        StringBuilder text = new StringBuilder(thisName + " " + rows + " rows, " + otherName + " " + other.rows);
        if (onlyHere != null) {
            text.append("; only ").append(thisName).append(": ").append(shorten(onlyHere));
        }
        if (onlyThere != null) {
            text.append("; only ").append(otherName).append(": ").append(shorten(onlyThere));
        }
        return text.toString();
    }

    private static String shorten(String line) {
        String oneLine = line.strip().replace('\t', ' ');
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }

    /**
     * An empty plain string is taken as no value: over a group with nothing to join, Virtuoso's GROUP_CONCAT gives ""
     * where Jena leaves the variable unbound.
     */
    private static boolean isEmptyString(Node node) {
        return node.isLiteral() && node.getLiteralLexicalForm().isEmpty()
                && (node.getLiteralLanguage() == null || node.getLiteralLanguage().isEmpty())
                && (node.getLiteralDatatypeURI() == null || node.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()));
    }

    static String canonical(Node node) {
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isBlank()) {
            return "_:b";
        }
        if (!node.isLiteral()) {
            return node.toString();
        }
        String lexical = node.getLiteralLexicalForm();
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            return quote(lexical) + "@" + language.toLowerCase(Locale.ROOT);
        }
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
            return quote(lexical);
        }
        if (isNumeric(datatype)) {
            try {
                BigDecimal value = new BigDecimal(lexical.trim());
                return "n:" + value.round(NINE_DIGITS).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return quote(lexical) + "^^<" + datatype + ">";
            }
        }
        return quote(lexical) + "^^<" + datatype + ">";
    }

    private static boolean isNumeric(String datatypeUri) {
        return datatypeUri.startsWith(XSD) && NUMERIC.contains(datatypeUri.substring(XSD.length()));
    }

    private static String quote(String lexical) {
        return '"' + lexical.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}

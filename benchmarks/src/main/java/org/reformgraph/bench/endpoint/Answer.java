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
 * with {@code xsd:string} the same as a plain one, and an empty one the same as no value; the parts of a plain string
 * (between spaces, 、, commas, semicolons or bars) in sorted order, since GROUP_CONCAT has no defined order;
 * booleans as 1 and 0 and date-times to the microsecond (Virtuoso's own precision for both); language tags in lower
 * case; every blank node the same.
 */
public record Answer(int rows, String digest, List<String> lines) {
    private static final MathContext NINE_DIGITS = new MathContext(9);
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[ 、,;|]+");
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

    /**
     * How this answer differs from another: the row counts and, for the first row only one of them has, the columns
     * where it differs from the other's nearest row (in sorted order), e.g. {@code share: 0 ≠ 0.25}.
     */
    public String differenceFrom(Answer other, String thisName, String otherName) {
        Set<String> theirs = new HashSet<>(other.lines);
        StringBuilder text = new StringBuilder(thisName + " " + rows + " rows, " + otherName + " " + other.rows);
        String onlyHere = lines.stream().filter(l -> !theirs.contains(l)).findFirst().orElse(null);
        if (onlyHere == null) {
            return text.toString();
        }
        Set<String> ours = new HashSet<>(lines);
        List<String> onlyThere = other.lines.stream().filter(l -> !ours.contains(l)).toList();
        if (onlyThere.isEmpty()) {
            return text.append("; only ").append(thisName).append(": ").append(shorten(onlyHere)).toString();
        }
        String nearest = onlyThere.stream().max(java.util.Comparator.comparingInt(l -> sharedColumns(onlyHere, l))).orElseThrow();
        text.append("; first differing row, ").append(thisName).append(" ≠ ").append(otherName).append(": ");
        List<String> mine = List.of(onlyHere.split("\t"));
        List<String> yours = List.of(nearest.split("\t"));
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(mine.size(), yours.size()); i++) {
            if (!mine.get(i).equals(yours.get(i))) {
                String column = mine.get(i).substring(0, mine.get(i).indexOf('=') + 1);
                differences.add(column + shorten(mine.get(i).substring(column.length())) + " ≠ "
                        + shorten(yours.get(i).substring(Math.min(column.length(), yours.get(i).length()))));
            }
        }
        return text.append(String.join(", ", differences)).toString();
    }

    private static int sharedColumns(String a, String b) {
        String[] x = a.split("\t");
        String[] y = b.split("\t");
        int shared = 0;
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i].equals(y[i])) {
                shared++;
            }
        }
        return shared;
    }

    private static String shorten(String line) {
        String oneLine = line.strip().replace('\t', ' ').replace("\u0001", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
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
            return quote(unordered(lexical));
        }
        if (datatype.equals(XSDDatatype.XSDdateTime.getURI())) {
            // Virtuoso keeps fractions of a second to the microsecond: compare no finer.
            return quote(lexical.replaceAll("(\\.\\d{6})\\d+", "$1")) + "^^<" + datatype + ">";
        }
        if (datatype.equals(XSDDatatype.XSDboolean.getURI())) {
            // Virtuoso has no boolean type: it writes a computed true or false as 1 or 0.
            return lexical.equals("true") || lexical.equals("1") ? "n:1" : "n:0";
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

    /**
     * GROUP_CONCAT joins its values in no defined order, so two stores (or two runs) may write the same set of values
     * differently: a plain string is compared as the sorted list of its parts between separators.
     */
    static String unordered(String lexical) {
        String[] parts = SEPARATORS.split(lexical);
        if (parts.length < 2) {
            return lexical;
        }
        java.util.Arrays.sort(parts);
        return String.join("\u0001", parts);
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

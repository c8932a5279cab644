package org.reformgraph.loader.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

/**
 * Reads a {@code NAME.gold.json} file. Every problem is reported with the file and the path of the offending field,
 * because a wrong gold file silently skews every figure computed from it.
 */
public final class GoldReader {

    public GoldPlan read(Path goldFile) {
        String name = goldFile.getFileName().toString();
        try (InputStream in = Files.newInputStream(goldFile)) {
            return parse(name, JSON.parse(in));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    public GoldPlan parse(String name, JsonObject root) {
        Field f = new Field(name, "");
        String file = f.string(root, "file", false);
        int year = f.integer(root, "year");
        if (year < 2000 || year > 2030) {
            throw f.problem("year", "expected a plan year, got " + year);
        }
        Level level;
        try {
            level = Level.parse(f.string(root, "level", false));
        } catch (IllegalArgumentException e) {
            throw f.problem("level", e.getMessage());
        }
        Charset encoding;
        try {
            encoding = Charset.forName(f.string(root, "encoding", false));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw f.problem("encoding", "unknown charset " + e.getMessage());
        }
        List<String> forms = f.list(root, "forms", (v, at) -> at.stringValue(v));
        for (String form : forms) {
            if (!Forms.known(form)) {
                throw f.problem("forms", "unknown form '" + form + "'");
            }
        }
        if (forms.isEmpty()) {
            throw f.problem("forms", "a plan exercises at least one form");
        }
        List<String> within = f.list(root, "within", (v, at) -> at.stringValue(v));
        if (level == Level.DISTRICT && within.isEmpty()) {
            throw f.problem("within", "a district names its city");
        }
        List<LineRange> warnings = f.list(root, "expectWarnings", this::range);
        List<LineRange> ignore = f.list(root, "ignore", this::range);
        List<MeasureFacts> measures = f.list(root, "measures", this::measure);
        int previous = 0;
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).line() <= previous) {
                throw f.problem("measures[" + i + "].line", "measures must be in document order");
            }
            previous = measures.get(i).line();
        }
        return new GoldPlan(file, year, f.string(root, "jurisdiction", false), level, within, encoding, forms,
                warnings, ignore, measures);
    }

    private LineRange range(JsonValue value, Field at) {
        JsonObject o = at.object(value);
        int from = at.integer(o, "from");
        int to = at.integer(o, "to");
        if (from < 1 || to < from) {
            throw at.problem("", "bad line range " + from + "-" + to);
        }
        return new LineRange(from, to, o.hasKey("why") ? at.string(o, "why", false) : "");
    }

    private MeasureFacts measure(JsonValue value, Field at) {
        JsonObject o = at.object(value);
        int line = at.integer(o, "line");
        if (line < 1) {
            throw at.problem("line", "expected a 1-based line");
        }
        String number = at.string(o, "number", true);
        if (number != null && number.isBlank()) {
            throw at.problem("number", "write null for a measure with no number, not a blank");
        }
        List<AttributionFact> attributions = at.list(o, "attributions", this::attribution);
        long leads = attributions.stream().filter(a -> a.role() == Role.LEAD && a.basis() == Basis.FIRST_LISTED).count();
        boolean explicitLead = attributions.stream().anyMatch(a -> a.role() == Role.LEAD && a.basis() == Basis.EXPLICIT);
        if (leads > 1 || (leads == 1 && explicitLead)) {
            throw at.problem("attributions", "a first-listed lead is inferred only where the text names no lead");
        }
        return new MeasureFacts(line, number, at.string(o, "title", true), attributions,
                at.list(o, "mentions", (v, inner) -> inner.stringValue(v)));
    }

    private AttributionFact attribution(JsonValue value, Field at) {
        JsonObject o = at.object(value);
        String agency = at.string(o, "agency", false);
        if (agency.isBlank()) {
            throw at.problem("agency", "empty agency name");
        }
        Role role = at.enumValue(o, "role", Role::valueOf);
        Basis basis = at.enumValue(o, "basis", Basis::valueOf);
        if (basis == Basis.FIRST_LISTED && role != Role.LEAD) {
            throw at.problem("basis", "only a lead can be first-listed");
        }
        boolean inherited = o.hasKey("inherited") && o.get("inherited").isBoolean()
                && o.get("inherited").getAsBoolean().value();
        return new AttributionFact(agency, role, basis, inherited);
    }

    /** Where in the JSON a value sits, so that errors can say so. */
    private record Field(String file, String path) {
        interface Element<T> {
            T read(JsonValue value, Field at);
        }

        IllegalArgumentException problem(String key, String message) {
            String where = path.isEmpty() ? key : key.isEmpty() ? path : path + "." + key;
            return new IllegalArgumentException(file + ": " + where + ": " + message);
        }

        JsonValue get(JsonObject o, String key) {
            if (!o.hasKey(key)) {
                throw problem(key, "missing");
            }
            return o.get(key);
        }

        JsonObject object(JsonValue v) {
            if (!v.isObject()) {
                throw problem("", "expected an object");
            }
            return v.getAsObject();
        }

        String stringValue(JsonValue v) {
            if (!v.isString()) {
                throw problem("", "expected a string, got " + v);
            }
            return v.getAsString().value();
        }

        String string(JsonObject o, String key, boolean nullable) {
            JsonValue v = get(o, key);
            if (v.isNull() && nullable) {
                return null;
            }
            if (!v.isString()) {
                throw problem(key, "expected a string" + (nullable ? " or null" : "") + ", got " + v);
            }
            return v.getAsString().value();
        }

        int integer(JsonObject o, String key) {
            JsonValue v = get(o, key);
            if (!v.isNumber()) {
                throw problem(key, "expected a number, got " + v);
            }
            return v.getAsNumber().value().intValue();
        }

        <E> E enumValue(JsonObject o, String key, Function<String, E> parse) {
            String text = string(o, key, false);
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw problem(key, "unknown value '" + text + "'");
            }
        }

        <T> List<T> list(JsonObject o, String key, Element<T> element) {
            JsonValue v = get(o, key);
            if (!v.isArray()) {
                throw problem(key, "expected an array");
            }
            JsonArray array = v.getAsArray();
            List<T> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String inner = (path.isEmpty() ? "" : path + ".") + key + "[" + i + "]";
                out.add(element.read(array.get(i), new Field(file, inner)));
            }
            return out;
        }
    }
}

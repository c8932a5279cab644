package org.reformgraph.bench.synth;

import java.util.List;
import java.util.function.Consumer;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.catalog.PlanMetadata;

/** Writes a {@link PlanGold} as JSON: small, fixed-shape output, so a hand-written writer with escaping does. */
final class GoldJson {
    private final StringBuilder out = new StringBuilder(16_384);

    private GoldJson() {
    }

    static String write(PlanGold gold) {
        GoldJson json = new GoldJson();
        json.plan(gold);
        return json.out.append('\n').toString();
    }

    private void plan(PlanGold gold) {
        PlanMetadata meta = gold.metadata();
        out.append("{\n");
        field("id", meta.id()).append(",\n");
        field("file", meta.sourceFile()).append(",\n");
        field("title", meta.title()).append(",\n");
        field("documentNumber", meta.documentNumber()).append(",\n");
        field("issuer", meta.issuer()).append(",\n");
        field("issued", meta.issued() == null ? null : meta.issued().toString()).append(",\n");
        name("jurisdiction");
        jurisdiction(meta.jurisdiction());
        out.append(",\n");
        field("attributionForm", gold.form().name()).append(",\n");
        field("numbering", gold.numbering().name()).append(",\n");
        field("encoding", gold.encoding()).append(",\n");
        name("noise");
        array(List.copyOf(gold.noise()), n -> string(n.name()));
        out.append(",\n");
        name("measureCount").append(gold.measures().size()).append(",\n");
        name("measures");
        out.append("[\n");
        for (int i = 0; i < gold.measures().size(); i++) {
            if (i > 0) {
                out.append(",\n");
            }
            measure(gold.measures().get(i));
        }
        out.append("\n]\n}");
    }

    private void measure(GoldMeasure m) {
        out.append("{");
        name("ordinal").append(m.ordinal()).append(", ");
        field("marker", m.marker()).append(", ");
        field("part", m.part()).append(", ");
        field("section", m.section()).append(", ");
        field("topic", m.topic()).append(", ");
        field("heading", m.heading()).append(",\n ");
        name("reformTypes");
        array(m.reformTypes(), t -> {
            out.append('{');
            field("iri", t.iri()).append(", ");
            field("label", t.label()).append('}');
        });
        out.append(",\n ");
        name("targets");
        array(m.targets(), this::string);
        out.append(", ");
        field("deadline", m.deadline()).append(",\n ");
        name("attributions");
        array(m.attributions(), a -> {
            out.append('{');
            field("role", a.role().slug()).append(", ");
            field("name", a.agency().name()).append(", ");
            field("kind", a.agency().kind()).append(", ");
            name("inherited").append(a.inherited()).append('}');
        });
        out.append(",\n ");
        name("mentions");
        array(m.mentions(), a -> {
            out.append('{');
            field("name", a.name()).append(", ");
            field("kind", a.kind()).append('}');
        });
        out.append('}');
    }

    private void jurisdiction(Jurisdiction j) {
        out.append('{');
        field("name", j.name()).append(", ");
        field("level", j.level().slug());
        if (j.within() != null) {
            out.append(", ");
            name("within");
            jurisdiction(j.within());
        }
        out.append('}');
    }

    private <T> void array(List<T> items, Consumer<T> element) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            element.accept(items.get(i));
        }
        out.append(']');
    }

    private StringBuilder field(String name, String value) {
        name(name);
        string(value);
        return out;
    }

    private StringBuilder name(String name) {
        string(name);
        return out.append(": ");
    }

    private void string(String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

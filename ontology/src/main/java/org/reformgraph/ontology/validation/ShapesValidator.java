package org.reformgraph.ontology.validation;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.reformgraph.ontology.OntologyResources;

/**
 * Checks graphs against the reformgraph SHACL shapes. A plan graph names concepts that live in the ontology graph
 * (agency types, levels, roles), so each graph is validated together with a vocabulary graph, read-only: a plan
 * graph is not expected to repeat the schemes.
 */
public final class ShapesValidator {
    private static final Prologue PREFIXES = new Prologue(ReportPrefixes.MAPPING);

    private final Shapes shapes;
    private final Graph vocabulary;

    /** Validates against {@code shapes} with {@code vocabulary} (ontology and concept schemes) in view. */
    public ShapesValidator(Shapes shapes, Graph vocabulary) {
        this.shapes = shapes;
        this.vocabulary = vocabulary;
    }

    /** The shipped shapes, with the shipped ontology and whichever concept schemes are present in view. */
    public static ShapesValidator standard() {
        return new ShapesValidator(OntologyResources.shapes(), OntologyResources.vocabulary().getGraph());
    }

    /** Validates {@code data} (typically one plan's graph); {@code data} is not changed. */
    public ValidationReport validate(Graph data) {
        // Union reads through both graphs; writes would go to the left one, and validation does not write.
        Graph view = new Union(data, vocabulary);
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, view);
        List<ValidationResult> results = report.getEntries().stream()
                .map(ShapesValidator::result)
                .sorted(Comparator.comparing((ValidationResult r) -> r.severity())
                        .thenComparing(r -> r.focusNode().toString())
                        .thenComparing(r -> String.valueOf(r.path()))
                        .thenComparing(ValidationResult::message))
                .toList();
        return new ValidationReport(results);
    }

    private static ValidationResult result(ReportEntry entry) {
        String path = entry.resultPath() == null ? null : entry.resultPath().toString(PREFIXES);
        return new ValidationResult(severity(entry), entry.focusNode(), path, entry.message(), entry.value(),
                localName(entry.sourceConstraintComponent()));
    }

    private static Severity severity(ReportEntry entry) {
        org.apache.jena.shacl.validation.Severity severity = entry.severity();
        if (org.apache.jena.shacl.validation.Severity.Warning.equals(severity)) {
            return Severity.WARNING;
        }
        if (org.apache.jena.shacl.validation.Severity.Info.equals(severity)) {
            return Severity.INFO;
        }
        return Severity.VIOLATION;
    }

    private static String localName(Node component) {
        if (component == null || !component.isURI()) {
            return null;
        }
        String uri = component.getURI();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
}

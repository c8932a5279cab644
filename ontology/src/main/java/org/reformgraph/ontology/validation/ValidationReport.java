package org.reformgraph.ontology.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of validating one graph against the shapes: every result, in a stable order. */
public record ValidationReport(List<ValidationResult> results) {

    public ValidationReport {
        results = List.copyOf(results);
    }

    /** True when there is no result at all, of any severity (the SHACL meaning of {@code sh:conforms}). */
    public boolean conforms() {
        return results.isEmpty();
    }

    /** True when some result is a violation: the graph breaks the model and must not be stored. */
    public boolean hasViolations() {
        return !violations().isEmpty();
    }

    public List<ValidationResult> violations() {
        return bySeverity(Severity.VIOLATION);
    }

    public List<ValidationResult> warnings() {
        return bySeverity(Severity.WARNING);
    }

    public List<ValidationResult> bySeverity(Severity severity) {
        return results.stream().filter(r -> r.severity() == severity).toList();
    }

    /** One line per result, or "conforms". */
    @Override
    public String toString() {
        return conforms() ? "conforms"
                : results.stream().map(ValidationResult::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}

package org.reformgraph.loader.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.reformgraph.loader.store.OntologySource;

/**
 * Checks a plan graph against the SHACL shapes before it is stored. The ontology and its schemes are validated along
 * with it, because shapes may require that an agency type is a concept of the scheme; only violations about the
 * plan graph's own resources are reported.
 */
public final class PlanValidator {
    private final Model ontology;
    private final Shapes shapes;

    public PlanValidator(OntologySource source) {
        this.ontology = source.ontology();
        this.shapes = Shapes.parse(source.shapes().getGraph());
    }

    /** One line per violation ({@code focus node, path: message}); empty when the graph conforms. */
    public List<String> violations(Model planGraph) {
        Graph data = new Union(planGraph.getGraph(), ontology.getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            if (entry.severity() != Severity.Violation || !planGraph.getGraph().contains(focus, Node.ANY, Node.ANY)) {
                continue;
            }
            String path = entry.resultPath() == null ? "" : " " + entry.resultPath();
            lines.add(shortForm(planGraph, focus) + path + ": " + entry.message());
        }
        lines.sort(null);
        return lines;
    }

    private static String shortForm(Model model, Node node) {
        return node.isURI() ? "<" + model.shortForm(node.getURI()) + ">" : node.toString();
    }
}

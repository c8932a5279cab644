package org.reformgraph.ontology.validation;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * One thing wrong with a graph.
 *
 * @param severity  violation, warning or info
 * @param focusNode the resource the problem is about
 * @param path      the property path checked, with the usual prefixes (e.g. {@code rg:evidence}); null for a
 *                  constraint on the node as a whole
 * @param message   what is wrong, in English
 * @param value     the offending value, when there is one; else null
 * @param component the SHACL constraint component that failed, by local name (e.g. {@code MinCountConstraintComponent})
 */
public record ValidationResult(Severity severity, Node focusNode, String path, String message, Node value,
                               String component) {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(severity).append(": ").append(display(focusNode));
        if (path != null) {
            out.append(' ').append(path);
        }
        out.append(": ").append(message);
        if (value != null) {
            out.append(" (value: ").append(display(value)).append(')');
        }
        return out.toString();
    }

    private static String display(Node node) {
        // IRIs in full, so they can be pasted into a query; literals with their datatype, as Turtle writes them
        return node.isURI() ? "<" + node.getURI() + ">" : FmtUtils.stringForNode(node, ReportPrefixes.MAPPING);
    }
}

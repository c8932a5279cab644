package org.reformgraph.loader.emit;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.outline.OutlineNode;
import org.reformgraph.loader.outline.TableRow;
import org.reformgraph.ontology.RG;

/** The plan's parts, sections and measures, as the outline gives them. */
final class StructureEmitter {
    private final EmitContext context;
    private final java.util.Set<String> paths = new java.util.HashSet<>();

    StructureEmitter(EmitContext context) {
        this.context = context;
    }

    /** Emits the tree and returns the number of measures. */
    int emit(List<OutlineNode> roots) {
        return emit(roots, null);
    }

    private int emit(List<OutlineNode> nodes, Resource section) {
        int measures = 0;
        for (OutlineNode node : nodes) {
            Resource resource = node(node, section);
            if (node.isMeasure()) {
                measures++;
                // a measure's sub-items still belong to the measure's section
                measures += emit(node.children(), section);
            } else {
                measures += emit(node.children(), resource);
            }
        }
        return measures;
    }

    private Resource node(OutlineNode node, Resource section) {
        // two nodes with one path would silently merge into one resource
        if (!paths.add(node.path())) {
            throw new IllegalStateException("the outline has two nodes with path '" + node.path() + "'");
        }
        Resource resource = context.resource(context.iris().node(context.planId(), node.path()));
        resource.addProperty(RDF.type, node.isMeasure() ? RG.Measure : RG.Section)
                .addProperty(RG.plan, context.plan())
                .addLiteral(RG.ordinal, Literals.integer(node.ordinal()))
                .addLiteral(RG.path, Literals.plain(node.path()))
                .addProperty(RG.evidence, context.spans().span(node.span()));
        if (section != null) {
            resource.addProperty(RG.section, section);
        }
        if (node.number() != null && !node.number().isEmpty()) {
            resource.addLiteral(RG.number, Literals.plain(node.number()));
        }
        if (node.title() != null && !node.title().isEmpty()) {
            resource.addLiteral(DCTerms.title, Literals.zh(node.title()));
        }
        if (node.isMeasure()) {
            String text = OriginalWording.of(context.clean(), node.bodySpan() != null ? node.bodySpan() : node.span()).strip();
            if (!text.isEmpty()) {
                resource.addLiteral(RG.text, Literals.zh(text));
            }
            if (node.tableRow() != null) {
                tableRow(resource, node.tableRow());
            }
        }
        return resource;
    }

    private void tableRow(Resource measure, TableRow row) {
        measure.addLiteral(RG.tableRow, Literals.plain(row.rowNumber()))
                .addLiteral(RG.innovation, Literals.bool(row.innovation()));
        if (row.implementsPath() != null) {
            measure.addProperty(RG.implementsMeasure,
                    context.resource(context.iris().node(context.planId(), row.implementsPath())));
        }
    }
}

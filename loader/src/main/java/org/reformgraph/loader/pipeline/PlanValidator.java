package org.reformgraph.loader.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.reformgraph.loader.store.OntologySource;

/**
 * Checks a plan graph against the SHACL shapes before it is stored. The ontology and its schemes are validated along
 * with it, because shapes may require that an agency type is a concept of the scheme; only violations about the
 * plan graph's own resources are reported.
 *
 * <p>Jena runs a SPARQL constraint once per focus node, preparing the query each time; a plan has thousands of text
 * spans, measures and attributions, and that was most of the loader's time. So a plan is first checked quickly: the
 * shapes without their SPARQL constraints, then each SPARQL constraint once over the whole graph with {@code $this}
 * left unbound and restricted to the shape's target class (each of the shipped queries binds {@code $this} in its
 * own pattern, so this finds every violation that per-node runs would find; one with a nested SELECT, whose answer
 * would change, is still run per node). Only a plan that fails the quick check,
 * the rare case, is validated again the full way, for the exact report.
 */
public final class PlanValidator {
    private static final String SUBCLASS_OF = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>";
    private static final Property SH_SPARQL = ResourceFactory.createProperty(SHACL.sparql.getURI());
    private static final Property SH_TARGETCLASS = ResourceFactory.createProperty(SHACL.targetClass.getURI());
    private static final Property SH_SELECT = ResourceFactory.createProperty(SHACL.select.getURI());
    private static final Property SH_TARGETNODE = ResourceFactory.createProperty(SHACL.targetNode.getURI());
    private static final Property SH_TARGETSUBJECTSOF = ResourceFactory.createProperty(SHACL.targetSubjectsOf.getURI());
    private static final Property SH_TARGETOBJECTSOF = ResourceFactory.createProperty(SHACL.targetObjectsOf.getURI());
    private static final Property SH_PREFIXES = ResourceFactory.createProperty(SHACL.prefixes.getURI());
    private static final Property SH_DECLARE = ResourceFactory.createProperty(SHACL.declare.getURI());
    private static final Property SH_PREFIX = ResourceFactory.createProperty(SHACL.prefix.getURI());
    private static final Property SH_NAMESPACE = ResourceFactory.createProperty(SHACL.namespace.getURI());

    private final Model ontology;
    private final Shapes shapes;
    private final Shapes coreShapes;
    private final List<SparqlCheck> sparqlChecks;
    private final int perNodeSparql;

    /** A SPARQL constraint of a shape with a target class, as one query over the whole graph. */
    private record SparqlCheck(Query query) {
    }

    public PlanValidator(OntologySource source) {
        this.ontology = source.ontology();
        Model shapesModel = source.shapes();
        this.shapes = Shapes.parse(shapesModel.getGraph());
        List<SparqlCheck> checks = new ArrayList<>();
        List<Statement> runWhole = new ArrayList<>();
        for (Statement statement : shapesModel.listStatements(null, SH_SPARQL, (RDFNode) null).toList()) {
            SparqlCheck check = wholeGraphCheck(statement.getSubject(), statement.getResource());
            if (check != null) {
                checks.add(check);
                runWhole.add(statement);
            }
        }
        // what cannot run over the whole graph stays in the quick check's shapes, run per node by Jena as before
        this.coreShapes = Shapes.parse(ModelFactory.createDefaultModel().add(shapesModel).remove(runWhole).getGraph());
        this.sparqlChecks = List.copyOf(checks);
        this.perNodeSparql = shapesModel.listStatements(null, SH_SPARQL, (RDFNode) null).toList().size() - checks.size();
    }

    /** One line per violation ({@code focus node, path: message}); empty when the graph conforms. */
    public List<String> violations(Model planGraph) {
        Graph data = new Union(planGraph.getGraph(), ontology.getGraph());
        if (conformsQuickly(planGraph, data)) {
            return List.of();
        }
        return fullViolations(planGraph, data);
    }

    /** How many SPARQL constraints the quick check runs once over the whole graph, and how many per node. */
    int[] sparqlConstraintsWholeAndPerNode() {
        return new int[] {sparqlChecks.size(), perNodeSparql};
    }

    /** The violations as Jena's SHACL engine reports them, every constraint run per focus node. */
    List<String> fullViolations(Model planGraph) {
        return fullViolations(planGraph, new Union(planGraph.getGraph(), ontology.getGraph()));
    }

    private List<String> fullViolations(Model planGraph, Graph data) {
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

    private boolean conformsQuickly(Model planGraph, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(coreShapes, data);
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation && planGraph.getGraph().contains(entry.focusNode(), Node.ANY, Node.ANY)) {
                return false;
            }
        }
        Model dataModel = ModelFactory.createModelForGraph(data);
        for (SparqlCheck check : sparqlChecks) {
            try (QueryExecution exec = QueryExecution.model(dataModel).query(check.query()).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    RDFNode focus = row.get("this");
                    if (focus != null && planGraph.getGraph().contains(focus.asNode(), Node.ANY, Node.ANY)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The constraint's query with {@code $this} restricted to the shape's target class (or its subclasses), or null
     * when that would not be the same check: a shape without exactly one target class, or a query with a nested
     * SELECT (where an unbound {@code $this} would count over every focus node at once).
     */
    private static SparqlCheck wholeGraphCheck(Resource shape, Resource constraint) {
        List<Statement> targets = shape.listProperties(SH_TARGETCLASS).toList();
        Statement select = constraint.getProperty(SH_SELECT);
        if (targets.size() != 1 || !targets.get(0).getObject().isURIResource() || select == null
                || shape.hasProperty(SH_TARGETNODE)
                || shape.hasProperty(SH_TARGETSUBJECTSOF)
                || shape.hasProperty(SH_TARGETOBJECTSOF)) {
            return null;
        }
        String text = select.getString();
        int where = text.toUpperCase(Locale.ROOT).indexOf("WHERE");
        int open = where < 0 ? -1 : text.indexOf('{', where);
        if (open < 0 || text.toUpperCase(Locale.ROOT).indexOf("SELECT", where) >= 0 || text.contains("$PATH")) {
            return null;
        }
        String restricted = text.substring(0, open + 1) + " $this a/" + SUBCLASS_OF + "* <"
                + targets.get(0).getResource().getURI() + "> . " + text.substring(open + 1);
        StringBuilder prefixes = new StringBuilder();
        declaredPrefixes(constraint).forEach((prefix, namespace) ->
                prefixes.append("PREFIX ").append(prefix).append(": <").append(namespace).append(">\n"));
        return new SparqlCheck(QueryFactory.create(prefixes + restricted));
    }

    /** The prefixes a constraint declares through {@code sh:prefixes} and {@code sh:declare}. */
    private static Map<String, String> declaredPrefixes(Resource constraint) {
        Map<String, String> out = new LinkedHashMap<>();
        constraint.listProperties(SH_PREFIXES).forEachRemaining(p -> {
            if (!p.getObject().isResource()) {
                return;
            }
            p.getResource().listProperties(SH_DECLARE).forEachRemaining(d -> {
                Resource declaration = d.getResource();
                Statement prefix = declaration.getProperty(SH_PREFIX);
                Statement namespace = declaration.getProperty(SH_NAMESPACE);
                if (prefix != null && namespace != null) {
                    out.put(prefix.getString(), namespace.getObject().isLiteral() ? namespace.getString()
                            : namespace.getResource().getURI());
                }
            });
        });
        return out;
    }

    private static String shortForm(Model model, Node node) {
        return node.isURI() ? "<" + model.shortForm(node.getURI()) + ">" : node.toString();
    }

}

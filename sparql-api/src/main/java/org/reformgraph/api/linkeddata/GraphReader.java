package org.reformgraph.api.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Every read the linked-data pages, descriptions and statistics make, as SPARQL over the dataset's union graph in a
 * read transaction. Values are bound as RDF terms, never pasted into query text. Keeping every read here is what lets
 * the same pages run over another store.
 */
public final class GraphReader {
    private final Dataset dataset;

    public GraphReader(Dataset dataset) {
        this.dataset = dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    public Model construct(String sparql, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(sparql, bindings)) {
                Model result = ModelFactory.createDefaultModel();
                result.add(exec.execConstruct());
                return result;
            }
        });
    }

    public List<Row> select(String sparql, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(sparql, bindings)) {
                ResultSet results = exec.execSelect();
                List<Row> rows = new ArrayList<>();
                while (results.hasNext()) {
                    rows.add(Row.of(results.next()));
                }
                return rows;
            }
        });
    }

    public boolean ask(String sparql, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(sparql, bindings)) {
                return exec.execAsk();
            }
        });
    }

    private QueryExecution build(String sparql, Map<String, ? extends RDFNode> bindings) {
        var builder = QueryExecution.dataset(dataset).query(Prefixes.SPARQL + sparql);
        bindings.forEach(builder::substitution);
        return builder.build();
    }

    /** One solution, copied out of the transaction. */
    public record Row(Map<String, RDFNode> values) {
        static Row of(QuerySolution solution) {
            Map<String, RDFNode> values = new java.util.HashMap<>();
            solution.varNames().forEachRemaining(name -> values.put(name, solution.get(name)));
            return new Row(values);
        }

        public boolean has(String var) {
            return values.get(var) != null;
        }

        public String iri(String var) {
            RDFNode n = values.get(var);
            return n != null && n.isURIResource() ? n.asResource().getURI() : null;
        }

        /** The lexical form of a literal, the IRI of a resource; null when unbound. */
        public String text(String var) {
            RDFNode n = values.get(var);
            if (n == null) {
                return null;
            }
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
        }

        public long integer(String var, long otherwise) {
            RDFNode n = values.get(var);
            if (n == null || !n.isLiteral()) {
                return otherwise;
            }
            try {
                return n.asLiteral().getLong();
            } catch (RuntimeException e) {
                return otherwise;
            }
        }
    }
}

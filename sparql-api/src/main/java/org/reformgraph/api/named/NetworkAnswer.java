package org.reformgraph.api.named;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Nodes and edges for network-shaped answers, the shape graph libraries (D3, ECharts, Sigma, Cytoscape) start from:
 * {@code {"nodes":[{"id","label",...}],"edges":[{"source","target","weight",...}]}}.
 *
 * <p>A query is network-shaped when it selects {@code ?source} and {@code ?target}. Columns named
 * {@code sourceX}/{@code targetX} become attribute {@code x} of that node ({@code sourceLabel} is its label, else the
 * label is its id); {@code ?weight} is the edge's weight (rows of the same pair add up; without the column each row
 * counts 1); any other column is an attribute of the edge.
 */
public final class NetworkAnswer {
    /** The value of {@code ?format=} that asks for this shape. */
    public static final String FORMAT = "graph";
    public static final String MEDIA_TYPE = "application/vnd.reformgraph.graph+json";

    private static final String SOURCE = "source";
    private static final String TARGET = "target";
    private static final String WEIGHT = "weight";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkAnswer() {
    }

    /** Whether the query selects the two columns a network needs. */
    public static boolean fits(Query query) {
        return query.isSelectType() && query.getResultVars().containsAll(List.of(SOURCE, TARGET));
    }

    /** Whether an Accept header asks for this shape by its media type. */
    public static boolean isAccepted(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(MEDIA_TYPE);
    }

    /** The network of a SELECT answer given in SPARQL JSON (as the runner serializes and caches it). */
    public static byte[] fromSparqlJson(byte[] sparqlJson) {
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(sparqlJson), ResultSetLang.RS_JSON));
        List<Var> vars = rows.getResultVars();
        Map<String, ObjectNode> nodes = new LinkedHashMap<>();
        Map<List<String>, ObjectNode> edges = new LinkedHashMap<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            Node source = row.get(Var.alloc(SOURCE));
            Node target = row.get(Var.alloc(TARGET));
            if (source == null || target == null) {
                continue; // an end left unbound is no edge
            }
            String from = id(source);
            String to = id(target);
            ObjectNode sourceNode = nodes.computeIfAbsent(from, NetworkAnswer::newNode);
            ObjectNode targetNode = nodes.computeIfAbsent(to, NetworkAnswer::newNode);
            ObjectNode edge = edges.computeIfAbsent(List.of(from, to), k -> newEdge(from, to));
            BigDecimal weight = BigDecimal.ONE;
            for (Var var : vars) {
                Node value = row.get(var);
                String name = var.getVarName();
                if (value == null || name.equals(SOURCE) || name.equals(TARGET)) {
                    continue;
                }
                if (name.equals(WEIGHT)) {
                    weight = number(value);
                } else if (isAttributeOf(name, SOURCE)) {
                    put(sourceNode, attribute(name, SOURCE), value);
                } else if (isAttributeOf(name, TARGET)) {
                    put(targetNode, attribute(name, TARGET), value);
                } else if (!edge.has(name)) {
                    put(edge, name, value);
                }
            }
            edge.put(WEIGHT, edge.get(WEIGHT).decimalValue().add(weight));
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode nodeArray = out.putArray("nodes");
        nodes.values().forEach(nodeArray::add);
        ArrayNode edgeArray = out.putArray("edges");
        for (ObjectNode edge : edges.values()) {
            BigDecimal w = edge.get(WEIGHT).decimalValue().stripTrailingZeros();
            if (w.scale() <= 0) {
                edge.put(WEIGHT, w.longValueExact());
            } else {
                edge.put(WEIGHT, w);
            }
            edgeArray.add(edge);
        }
        try {
            return JSON.writeValueAsString(out).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the network as JSON", e);
        }
    }

    private static ObjectNode newNode(String id) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("label", id);
        return node;
    }

    private static ObjectNode newEdge(String source, String target) {
        ObjectNode edge = JsonNodeFactory.instance.objectNode();
        edge.put(SOURCE, source);
        edge.put(TARGET, target);
        edge.put(WEIGHT, BigDecimal.ZERO);
        return edge;
    }

    private static boolean isAttributeOf(String column, String end) {
        return column.length() > end.length() && column.startsWith(end)
                && Character.isUpperCase(column.charAt(end.length()));
    }

    /** {@code sourceLabel} → {@code label}. */
    private static String attribute(String column, String end) {
        String rest = column.substring(end.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String id(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return "_:" + node.getBlankNodeLabel();
    }

    private static void put(ObjectNode into, String name, Node value) {
        if (value.isLiteral() && value.getLiteralValue() instanceof Number) {
            into.put(name, number(value));
        } else if (value.isLiteral() && value.getLiteralValue() instanceof Boolean b) {
            into.put(name, b);
        } else {
            into.put(name, id(value));
        }
    }

    private static BigDecimal number(Node value) {
        try {
            return new BigDecimal(value.getLiteralLexicalForm().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("?weight must be a number, not " + value);
        }
    }
}

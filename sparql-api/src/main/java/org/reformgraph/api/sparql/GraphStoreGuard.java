package org.reformgraph.api.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.sparql.core.Quad;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only Graph Store reads of one named graph. The default graph is the union of every plan graph, so a
 * GET of it (no {@code ?graph=}, {@code ?default}, or the union graph's own name) would be a dump of the whole
 * dataset: those are refused with 400 and a message saying what to ask for instead.
 */
public final class GraphStoreGuard extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        if (!(method.equals("GET") || method.equals("HEAD"))) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            PlainErrors.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "The graph store is read-only: only GET and HEAD of ?graph=IRI are allowed.");
            return;
        }
        String graph = request.getParameter("graph");
        if (request.getParameter("default") != null) {
            PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The default graph is the union of every plan graph and is not served whole. "
                            + "Ask for one named graph with ?graph=IRI, or use /sparql.");
            return;
        }
        if (graph == null || graph.isBlank()) {
            PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "Name the graph to read: /graph?graph=IRI (one plan graph, the catalog or the ontology). "
                            + "The whole dataset is not served here; use /sparql.");
            return;
        }
        if (isWholeDataset(graph)) {
            PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "<" + graph + "> stands for the whole dataset, which is not served here; name one graph or use /sparql.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWholeDataset(String graph) {
        return graph.equals(Quad.unionGraph.getURI()) || graph.equals(Quad.defaultGraphIRI.getURI())
                || graph.equals(Quad.defaultGraphNodeGenerated.getURI());
    }
}

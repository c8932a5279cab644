package org.reformgraph.api.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers with the service description at {@code /sparql/description}, and at {@code /sparql} for a GET that asks no
 * query (SPARQL 1.1 Service Description: the endpoint URL itself describes the service). Any request with a query,
 * or a POST, passes on to Fuseki.
 */
public final class ServiceDescriptionFilter extends OncePerRequestFilter {
    private final Dataset dataset;

    public ServiceDescriptionFilter(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        boolean atDescription = request.getRequestURI().endsWith(SparqlEndpointConfiguration.DESCRIPTION_PATH);
        if (!read || (!atDescription && !request.getParameterMap().isEmpty())) {
            chain.doFilter(request, response);
            return;
        }
        String endpoint = endpointUrl(request);
        Model description = ServiceDescription.describe(endpoint, dataset);
        MediaType type = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            lang = Lang.TURTLE;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getHeaderString() + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, lang);
        }
    }

    private static String endpointUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int path = url.indexOf(request.getRequestURI());
        return (path < 0 ? url : url.substring(0, path)) + request.getContextPath() + SparqlEndpointConfiguration.QUERY_PATH;
    }
}

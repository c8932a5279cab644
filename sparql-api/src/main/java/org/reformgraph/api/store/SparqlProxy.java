package org.reformgraph.api.store;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.reformgraph.api.sparql.BoundedQuery;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /sparql} in remote-store mode: the SPARQL 1.1 Protocol request is checked and bounded here, then sent on to
 * the store, and the store's answer is passed back with its status and content type.
 *
 * <p>Here, before the store sees it, the query is parsed (so an update, or anything that is not a query, is refused
 * with 400), its LIMIT is lowered to the result cap (with the {@value BoundedQuery#LIMIT_HEADER} header), and it gets
 * the union of the named graphs as its default graph ({@link UnionStrategy}) unless it names its own dataset, in its
 * text or with {@code default-graph-uri}/{@code named-graph-uri}, which are then passed on. The format asked for, by
 * {@code Accept} or {@code ?format=}, becomes the Accept header of the request to the store.
 *
 * <p>The store's answer is read whole, within the time limit, before the response starts: as on the embedded store, an
 * answer is complete or a 503, never a 200 cut short. The result cap bounds what is held.
 */
public final class SparqlProxy extends OncePerRequestFilter {
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final Map<String, String> TABLE_FORMATS = Map.of(
            "json", "application/sparql-results+json", "xml", "application/sparql-results+xml",
            "csv", "text/csv", "tsv", "text/tab-separated-values");
    private static final Map<String, String> GRAPH_FORMATS = Map.of(
            "turtle", "text/turtle", "ttl", "text/turtle", "nt", "application/n-triples",
            "n-triples", "application/n-triples", "json-ld", "application/ld+json", "jsonld", "application/ld+json",
            "json", "application/ld+json", "xml", "application/rdf+xml", "rdf/xml", "application/rdf+xml");

    private final String url;
    private final HttpClient client;
    private final RemoteQueries queries;
    private final Duration timeout;
    private final long maxResults;

    public SparqlProxy(String url, HttpClient client, RemoteQueries queries, Duration timeout, long maxResults) {
        this.url = url;
        this.client = client;
        this.queries = queries;
        this.timeout = timeout;
        this.maxResults = maxResults;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setHeader("Allow", "GET, POST, HEAD, OPTIONS");
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        if (!(method.equals("GET") || method.equals("POST") || method.equals("HEAD"))) {
            response.setHeader("Allow", "GET, POST, HEAD, OPTIONS");
            ProxyResponses.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "The SPARQL endpoint answers GET and POST of a query.");
            return;
        }
        String contentType = mediaType(request.getContentType());
        if (request.getParameter("update") != null || SPARQL_UPDATE.equals(contentType)) {
            ProxyResponses.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The SPARQL endpoint is read-only: updates are not accepted.");
            return;
        }
        String text = method.equals("POST") && SPARQL_QUERY.equals(contentType)
                ? new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : request.getParameter("query");
        if (text == null || text.isBlank()) {
            ProxyResponses.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "No query: give it as ?query=, as a form field, or as a body of type " + SPARQL_QUERY + ".");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ProxyResponses.error(response, HttpServletResponse.SC_BAD_REQUEST, "Parse error: " + e.getMessage());
            return;
        }
        if (callsService(query)) {
            ProxyResponses.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "SERVICE is not allowed: this endpoint does not query other hosts.");
            return;
        }
        if (BoundedQuery.cap(query, maxResults)) {
            response.setHeader(BoundedQuery.LIMIT_HEADER, Long.toString(maxResults));
        }
        String[] defaultGraphs = request.getParameterValues("default-graph-uri");
        String[] namedGraphs = request.getParameterValues("named-graph-uri");
        boolean protocolDataset = defaultGraphs != null || namedGraphs != null;
        Query sent = protocolDataset ? query : queries.prepare(query);
        String accept;
        try {
            accept = accept(request, sent.isSelectType() || sent.isAskType());
        } catch (IllegalArgumentException e) {
            ProxyResponses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        forward(sent, defaultGraphs, namedGraphs, accept, limit(request), request.getMethod().equals("HEAD"), response);
    }

    private void forward(Query query, String[] defaultGraphs, String[] namedGraphs, String accept, Duration limit,
                         boolean head, HttpServletResponse response) throws IOException {
        List<String> form = new ArrayList<>();
        form.add("query=" + enc(query.serialize()));
        for (String g : defaultGraphs == null ? new String[0] : defaultGraphs) {
            form.add("default-graph-uri=" + enc(g));
        }
        for (String g : namedGraphs == null ? new String[0] : namedGraphs) {
            form.add("named-graph-uri=" + enc(g));
        }
        HttpRequest remote = HttpRequest.newBuilder(URI.create(url)).timeout(limit)
                .header("Accept", accept).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", form), StandardCharsets.UTF_8)).build();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(remote, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> answer;
        try {
            answer = pending.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            ProxyResponses.timedOut(response, limit);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            ProxyResponses.timedOut(response, limit);
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                ProxyResponses.timedOut(response, limit);
            } else {
                ProxyResponses.unreachable(response, url, e.getCause());
            }
            return;
        }
        ProxyResponses.relay(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                answer.body(), url, head, response);
    }

    /** True if the query has a federated SERVICE call anywhere, sub-queries and (NOT) EXISTS included. */
    static boolean callsService(Query query) {
        return query.getQueryPattern() != null && callsService(query.getQueryPattern());
    }

    private static boolean callsService(Element pattern) {
        boolean[] found = {false};
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                found[0] = true;
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                found[0] |= callsService(subQuery.getQuery());
            }

            @Override
            public void visit(ElementFilter filter) {
                found[0] |= callsService(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                found[0] |= callsService(bind.getExpr());
            }
        });
        return found[0];
    }

    private static boolean callsService(Expr expr) {
        if (expr instanceof ExprFunctionOp exists && exists.getElement() != null && callsService(exists.getElement())) {
            return true;
        }
        return expr instanceof ExprFunction function
                && function.getArgs().stream().anyMatch(SparqlProxy::callsService);
    }

    /** The media type asked for: {@code ?format=} (a short name or a media type), else the client's Accept. */
    static String accept(HttpServletRequest request, boolean table) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            if (format.contains("/") && !format.equalsIgnoreCase("rdf/xml")) {
                return format;
            }
            String type = (table ? TABLE_FORMATS : GRAPH_FORMATS).get(format.toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new IllegalArgumentException("format '" + format + "' is not one of "
                        + String.join(", ", new java.util.TreeSet<>((table ? TABLE_FORMATS : GRAPH_FORMATS).keySet()))
                        + " for this query");
            }
            return type;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return table ? TABLE_FORMATS.get("json") : GRAPH_FORMATS.get("turtle");
        }
        return accept;
    }

    /** The time limit, lowered by the client's {@code ?timeout=} (seconds, as Fuseki reads it) if that is shorter. */
    private Duration limit(HttpServletRequest request) {
        String asked = request.getParameter("timeout");
        if (asked == null) {
            return timeout;
        }
        try {
            Duration wanted = Duration.ofMillis((long) (Double.parseDouble(asked) * 1000));
            return wanted.isNegative() || wanted.isZero() || wanted.compareTo(timeout) > 0 ? timeout : wanted;
        } catch (NumberFormatException e) {
            return timeout;
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

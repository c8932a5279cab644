package org.reformgraph.api.named;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Sends a named query's answer that is held in memory without going through Spring MVC. Dispatching to a controller
 * costs more than writing a held answer (about half of a hit's time on the server, by profile), and the smallest
 * answers, which dashboards ask for on every page view, are where that shows. The answer, its headers and its
 * metrics are those {@link NamedQueryController} gives; every other request (an answer not held, a parameter given
 * twice, a format the query lacks, the nodes-and-edges form, a name the library lacks) goes on to the controller,
 * which answers it or its error.
 */
public final class HeldAnswerFilter extends OncePerRequestFilter {
    static final String PREFIX = "/api/queries/";
    private static final String PATTERN = PREFIX + "{name}";

    private final QueryLibrary library;
    private final NamedQueryRunner runner;

    public HeldAnswerFilter(QueryLibrary library, NamedQueryRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<NamedQueryRunner.Served> served = held(request);
        if (served.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // the request metrics name the route as they do for the controller, not "UNKNOWN"
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(PATTERN));
        byte[] body = served.get().answer().body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.CONTENT_TYPE, served.get().answer().contentType());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT); // added to the CORS filter's Vary: Origin, as Spring does
        response.setHeader(NamedQueryController.CACHE_HEADER, "hit");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Optional<NamedQueryRunner.Served> held(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<NamedQuery> query = library.get(path.substring(PREFIX.length()));
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        try {
            AnswerRequest asked = AnswerRequest.of(parameters, request.getHeader(HttpHeaders.ACCEPT));
            if (asked.network()) {
                return Optional.empty();
            }
            return runner.runIfHeld(query.get(), asked.values(), asked.answerFormat(query.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a value, a format or an Accept header the controller will refuse, saying why
        }
    }
}

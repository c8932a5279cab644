package org.reformgraph.api.sparql;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.CounterSet;
import org.apache.jena.fuseki.server.DataService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Micrometer meters for the SPARQL protocol: Fuseki's own per-endpoint counters (requests, good, bad, query
 * timeouts, execution errors) read live, and a latency timer by endpoint and status class.
 */
public final class SparqlMetrics extends OncePerRequestFilter {
    private final MeterRegistry meters;

    public SparqlMetrics(MeterRegistry meters, DataService dataService) {
        this.meters = meters;
        dataService.forEachEndpoint(endpoint -> {
            CounterSet counters = endpoint.getCounters();
            for (CounterName name : counters.counters()) {
                FunctionCounter.builder("reformgraph.sparql." + name.getFullName(), counters, c -> c.value(name))
                        .tag("endpoint", "/" + endpoint.getName())
                        .register(meters);
            }
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer.Sample sample = Timer.start(meters);
        try {
            chain.doFilter(request, response);
        } finally {
            sample.stop(Timer.builder("reformgraph.sparql.latency")
                    .description("time to answer a SPARQL protocol request")
                    .tag("endpoint", request.getServletPath())
                    .tag("status", (response.getStatus() / 100) + "xx")
                    .register(meters));
        }
    }
}

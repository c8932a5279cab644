package org.reformgraph.api.write;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of every write route: a request without {@code Authorization: Bearer <token>}, or with another
 * token, gets 401 before anything reads its body. CORS preflights pass, since they carry no credentials and change
 * nothing.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {
    private final WriteToken token;

    public BearerTokenFilter(WriteToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (token.admits(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        String problem = authorization == null
                ? "This route writes to the dataset: send the operator's token as 'Authorization: Bearer <token>'."
                : "The token in the Authorization header is not the operator's token.";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", authorization == null
                ? "Bearer realm=\"reformgraph\"" : "Bearer realm=\"reformgraph\", error=\"invalid_token\"");
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = (problem + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

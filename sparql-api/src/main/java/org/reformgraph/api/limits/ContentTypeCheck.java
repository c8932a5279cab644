package org.reformgraph.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose Content-Type is no media type a body can have ({@code text/*}, {@code ;;;}) is refused with 415
 * here; further in, Spring's request headers throw on it and the request ended as a 500 (found by the fuzz test).
 */
public final class ContentTypeCheck extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && !type.isBlank() && !isConcrete(type)) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setContentType("text/plain;charset=utf-8");
            byte[] body = "the Content-Type is not the media type of a body (no wildcards, type/subtype)\n"
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isConcrete(String type) {
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !media.isWildcardType() && !media.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}

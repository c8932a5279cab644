package org.reformgraph.api.limits;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * The last word on errors in our controllers: anything unexpected gets a 500 that says only that it happened and under
 * which id it was logged: no exception message, class or stack trace reaches the client. What Spring itself answers
 * with a 4xx (a missing or mistyped parameter, an unreadable body, a wrong method, an unknown path) is left to it, so
 * that a browser still gets an HTML page and a program JSON. Other advice comes first; this has the lowest precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedErrors {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) throws Exception {
        if (answeredBySpring(e)) {
            throw e;
        }
        if (clientWentAway(e)) {
            // Nobody is left to read an answer: a browser that left the page mid-answer is not a server fault.
            LOG.debug("client went away before the answer was written: {}", e.toString());
            return null;
        }
        String id = UUID.randomUUID().toString();
        LOG.error("unexpected error {}", id, e);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", "internal error, logged as " + id));
    }

    /** The client closed the connection while we wrote to it (Tomcat's ClientAbortException, a broken pipe, a reset). */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException || t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Exceptions that say their own status, or that Spring's default resolver turns into a 4xx. */
    private static boolean answeredBySpring(Exception e) {
        return e instanceof ErrorResponse || e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException
                || e instanceof BindException || e instanceof ServletException
                || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class);
    }
}

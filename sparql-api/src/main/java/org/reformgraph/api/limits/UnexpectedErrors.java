package org.reformgraph.api.limits;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The last word on errors in our controllers: a malformed request (a missing or mistyped parameter, an unreadable body,
 * a wrong method) gets its 4xx with a short JSON reason, and anything unexpected gets a 500 that says only that it
 * happened and under which id it was logged: no exception message, class or stack trace reaches the client. Other
 * advice (more specific answers) comes first; this one has the lowest precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedErrors extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) throws Exception {
        if (AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
            // the exception says its own status: Spring's resolver answers it
            throw e;
        }
        String id = UUID.randomUUID().toString();
        LOG.error("unexpected error {}", id, e);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", "internal error, logged as " + id));
    }

    /** Spring's own 4xx answers, with a body that gives the reason but never the exception's insides. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String reason = status.is5xxServerError() ? "internal error" : reason(e, status);
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(status).headers(out).body(Map.of("status", status.value(), "error", reason));
    }

    private static String reason(Exception e, HttpStatusCode status) {
        if (e instanceof org.springframework.web.ErrorResponse error && error.getBody().getDetail() != null) {
            return error.getBody().getDetail();
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "request refused";
    }
}

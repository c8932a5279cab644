package org.reformgraph.api.limits;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 for bodies found too large once Spring reads them: a raw upload read in full, or a multipart form that the
 * multipart parser refused (that happens before any controller is chosen, so it is answered here).
 */
@RestControllerAdvice
public class TooLargeAnswers {
    private final RequestLimits limits;

    public TooLargeAnswers(RequestLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Map<String, Object>> tooLarge(RequestTooLargeException e) {
        return answer(e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> multipartTooLarge(MaxUploadSizeExceededException e) {
        return answer(RequestTooLargeException.message("/api/plans", limits.uploadSize().toBytes()));
    }

    private static ResponseEntity<Map<String, Object>> answer(String message) {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}

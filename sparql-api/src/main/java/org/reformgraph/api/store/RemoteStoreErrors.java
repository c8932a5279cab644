package org.reformgraph.api.store;

import java.util.Map;
import org.reformgraph.loader.store.RemoteStoreException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A named query whose remote store failed: 502 with the store's URL and what it answered; a 503 of the store (its
 * own time limit, or overload) stays a 503, as in the SPARQL proxy.
 */
@RestControllerAdvice
public class RemoteStoreErrors {
    @ExceptionHandler(RemoteStoreException.class)
    ResponseEntity<Map<String, Object>> storeFailed(RemoteStoreException e) {
        HttpStatus status = e.status() == HttpStatus.SERVICE_UNAVAILABLE.value()
                ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", e.getMessage()));
    }
}

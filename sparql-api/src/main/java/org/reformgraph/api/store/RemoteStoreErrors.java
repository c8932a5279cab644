package org.reformgraph.api.store;

import java.util.Map;
import org.reformgraph.loader.store.RemoteStoreException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A named query whose remote store failed: 502, with the store's URL and what it answered. */
@RestControllerAdvice
public class RemoteStoreErrors {
    @ExceptionHandler(RemoteStoreException.class)
    ResponseEntity<Map<String, Object>> storeFailed(RemoteStoreException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", HttpStatus.BAD_GATEWAY.value(), "error", e.getMessage()));
    }
}

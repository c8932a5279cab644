package org.reformgraph.api.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

class UnexpectedErrorsTest {
    private final UnexpectedErrors errors = new UnexpectedErrors();

    @Test
    void aClientThatLeftMidAnswerIsNotAServerError() throws Exception {
        assertNull(errors.unexpected(new ClientAbortException(new IOException("Broken pipe"))));
        assertNull(errors.unexpected(new AsyncRequestNotUsableException("ServletOutputStream failed to write")));
        assertNull(errors.unexpected(new UncheckedIOException(new IOException("Connection reset by peer"))));
    }

    @Test
    void anythingElseIsA500WithALogId() throws Exception {
        var answer = errors.unexpected(new IllegalStateException("boom"));
        assertEquals(500, answer.getStatusCode().value());
        assertTrue(String.valueOf(answer.getBody().get("error")).startsWith("internal error, logged as "));
        assertFalse(UnexpectedErrors.clientWentAway(new IOException("disk full")));
    }
}

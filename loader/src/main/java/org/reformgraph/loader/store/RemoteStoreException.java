package org.reformgraph.loader.store;

/** A remote store refused a request or could not be reached; the message names the request's URL and the status. */
public final class RemoteStoreException extends RuntimeException {
    private final int status;

    public RemoteStoreException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the store answered with, or -1 when there was no answer (connection refused, timeout). */
    public int status() {
        return status;
    }
}

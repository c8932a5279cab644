package org.reformgraph.api.limits;

/** A request body over its limit: answered with 413 and a message that says the limit and how to change it. */
public final class RequestTooLargeException extends RuntimeException {
    public RequestTooLargeException(String path, long limit) {
        super(message(path, limit));
    }

    public static String message(String path, long limit) {
        return "The request body is larger than the " + limit + " bytes allowed for " + path
                + (path.equals("/api/plans")
                ? "; the operator can raise it with reformgraph.limits.upload-size."
                : "; send a shorter query (the operator can raise it with reformgraph.limits.query-size).");
    }
}

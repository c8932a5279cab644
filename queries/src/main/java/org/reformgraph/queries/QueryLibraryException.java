package org.reformgraph.queries;

/** A query file that cannot be used: names the file, the line when there is one, and what was expected. */
public class QueryLibraryException extends RuntimeException {
    public QueryLibraryException(String message) {
        super(message);
    }

    public QueryLibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    static QueryLibraryException at(String source, int line, String problem) {
        return new QueryLibraryException(source + ":" + line + ": " + problem);
    }
}

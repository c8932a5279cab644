package org.reformgraph.loader.search;

/**
 * A search as a user asks it: the text, a page, and optional filters (a plan's IRI, a kind of resource).
 *
 * @throws IllegalArgumentException for empty or too long text, or a page out of bounds; the message says which
 */
public record SearchRequest(String text, int limit, int offset, String plan, Kind type) {
    public static final int MAX_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the search text q is empty");
        }
        text = text.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("the search text q is longer than " + MAX_LENGTH + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, DEFAULT_LIMIT, 0, null, null);
    }
}

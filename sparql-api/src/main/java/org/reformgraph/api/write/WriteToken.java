package org.reformgraph.api.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The operator's secret that unlocks the write routes. Only a digest is kept, and requests are compared by digest with
 * {@link MessageDigest#isEqual}, so neither the comparison time nor the token's length tells an attacker anything.
 * {@link #toString()} never shows it, so a log line or an error message cannot leak it.
 */
public final class WriteToken {
    /** The Spring property (environment variable {@code REFORMGRAPH_TOKEN}) that holds the token itself. */
    public static final String PROPERTY = "reformgraph.token";
    /** The Spring property ({@code serve --token-file}) naming a file whose first line is the token. */
    public static final String FILE_PROPERTY = "reformgraph.token-file";
    /** Shorter tokens are refused: they could be guessed. */
    public static final int MIN_LENGTH = 16;

    private static final String BEARER = "Bearer ";

    private final byte[] digest;

    private WriteToken(String token) {
        this.digest = sha256(token);
    }

    /**
     * The token from the property or the file, or empty when neither is set (then writes are off).
     *
     * @throws IllegalArgumentException when both are set, the file cannot be read, or the token is too short
     */
    public static Optional<WriteToken> configured(String token, String tokenFile) {
        boolean hasToken = token != null && !token.isBlank();
        boolean hasFile = tokenFile != null && !tokenFile.isBlank();
        if (hasToken && hasFile) {
            throw new IllegalArgumentException("the write token is given twice, by REFORMGRAPH_TOKEN and by --token-file "
                    + tokenFile + "; give one");
        }
        if (hasFile) {
            return Optional.of(of(readFile(Path.of(tokenFile)), "the token in " + tokenFile));
        }
        return hasToken ? Optional.of(of(token.strip(), "REFORMGRAPH_TOKEN")) : Optional.empty();
    }

    private static WriteToken of(String token, String where) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(where + " is shorter than " + MIN_LENGTH
                    + " characters; use a long random one, e.g. from `openssl rand -hex 32`");
        }
        return new WriteToken(token);
    }

    private static String readFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    /** Whether an {@code Authorization} header value is {@code Bearer <this token>}. */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "WriteToken[hidden]";
    }
}

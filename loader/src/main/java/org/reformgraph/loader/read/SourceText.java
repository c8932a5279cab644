package org.reformgraph.loader.read;

import java.nio.charset.Charset;

/**
 * A plan file decoded to text: the first stage's output.
 *
 * @param fileName  the file's name (no directories), used in messages and provenance
 * @param text      the decoded text, byte-order mark removed, otherwise exactly as in the file
 * @param charset   the encoding that was detected
 * @param sha256    lowercase hex SHA-256 of the file's bytes
 * @param byteCount the file's size in bytes
 */
public record SourceText(String fileName, String text, Charset charset, String sha256, long byteCount) {
}

package org.reformgraph.api.dataset;

import java.nio.file.Path;

/**
 * One file of the dumps, as written.
 *
 * @param name       its file name, also its path under {@code /dumps/}
 * @param mediaType  what it holds ({@code application/n-quads}, {@code text/turtle})
 * @param compressed whether it is gzipped
 * @param graph      the named graph it holds, or null for the whole dataset
 * @param statements the quads or triples in it
 * @param bytes      its size
 * @param sha256     the hex SHA-256 of its bytes
 */
public record DumpFile(String name, String mediaType, boolean compressed, String graph, long statements, long bytes,
                       String sha256, Path path) {
}

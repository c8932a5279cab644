package org.reformgraph.loader.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reformgraph.loader.LoadException;

/**
 * Stage 1, read: a plan file's bytes to text.
 *
 * <p>A byte-order mark decides the encoding when there is one; otherwise strict UTF-8 is tried first and GB18030
 * (a superset of GBK and GB2312) second. Both decoders report malformed input instead of replacing it, so a file is
 * either decoded exactly or rejected with the place where decoding failed.
 */
public final class PlanReader {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Above this share of control characters (other than tab, newline, carriage return, form feed) a file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Reads and decodes a file; throws {@link LoadException} for empty, binary or undecodable input. */
    public SourceText read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException(name, 0, "cannot read the file: " + e.getMessage(), e);
        }
        return read(name, bytes);
    }

    /** Decodes bytes that came from somewhere other than a file (an HTTP upload); {@code fileName} is for messages. */
    public SourceText read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new LoadException(fileName, 0, "the file is empty; expected the text of a plan");
        }
        Bom bom = Bom.of(bytes);
        String text;
        Charset charset;
        if (bom != null) {
            charset = bom.charset;
            text = decodeOrFail(fileName, bytes, bom.length, charset);
        } else {
            rejectNulBytes(fileName, bytes);
            String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                charset = StandardCharsets.UTF_8;
                text = utf8;
            } else {
                charset = GB18030;
                text = decodeOrFail(fileName, bytes, 0, charset);
            }
        }
        rejectControlCharacters(fileName, text);
        if (text.isBlank()) {
            throw new LoadException(fileName, 0, "the file holds only white space; expected the text of a plan");
        }
        return new SourceText(fileName, text, charset, sha256(bytes), bytes.length);
    }

    private enum Bom {
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        UTF16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        UTF16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE);

        final byte[] mark;
        final Charset charset;
        final int length;

        Bom(byte[] mark, Charset charset) {
            this.mark = mark;
            this.charset = charset;
            this.length = mark.length;
        }

        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bytes.length >= bom.length && java.util.Arrays.equals(bytes, 0, bom.length, bom.mark, 0, bom.length)) {
                    return bom;
                }
            }
            return null;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes strictly; on failure names the byte offset and the line it falls on. */
    private static String decodeOrFail(String fileName, byte[] bytes, int offset, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(charset).decode(in).toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            int badByte = findBadByte(bytes, offset, charset);
            int line = lineOfByte(bytes, offset, badByte, charset);
            throw new LoadException(fileName, line, "cannot decode the text as UTF-8 or GB18030"
                    + (charset.equals(GB18030) ? "" : " (" + charset.name() + " by its byte-order mark)")
                    + ": invalid bytes at byte offset " + badByte, e);
        } catch (CharacterCodingException e) {
            throw new LoadException(fileName, 0, "cannot decode the text as " + charset.name(), e);
        }
    }

    /** The offset of the first byte the strict decoder refuses, found by decoding ever longer valid prefixes. */
    private static int findBadByte(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 2 + 4);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** 1-based line of a byte offset: counts newlines in the prefix, which decodes cleanly by construction. */
    private static int lineOfByte(byte[] bytes, int offset, int badByte, Charset charset) {
        String prefix = new String(bytes, offset, Math.max(0, badByte - offset), charset);
        return (int) prefix.chars().filter(c -> c == '\n').count() + 1;
    }

    private static void rejectNulBytes(String fileName, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new LoadException(fileName, 0, "looks like a binary file (NUL byte at byte offset " + i
                        + "); expected plain text in UTF-8, UTF-16 with a byte-order mark, or GB18030");
            }
        }
    }

    private static void rejectControlCharacters(String fileName, String text) {
        int controls = 0;
        int firstAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        if (controls > 0 && (text.indexOf('\0') >= 0 || controls > text.length() * MAX_CONTROL_SHARE)) {
            int line = (int) text.substring(0, firstAt).chars().filter(c -> c == '\n').count() + 1;
            throw new LoadException(fileName, line, "looks like a binary file (" + controls
                    + " control characters, the first at character " + firstAt + "); expected plain text");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

package org.reformgraph.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformgraph.loader.LoadException;

class PlanReaderTest {
    private static final String PLAN = "一、总体要求\n（一）市场准入退出。\n1.破除市场准入壁垒。\n";
    private final PlanReader reader = new PlanReader();

    @Test
    void readsUtf8WithoutBom() {
        SourceText text = reader.read("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));
        assertEquals(PLAN, text.text());
        assertEquals(StandardCharsets.UTF_8, text.charset());
        assertEquals(PLAN.getBytes(StandardCharsets.UTF_8).length, text.byteCount());
    }

    @Test
    void removesUtf8ByteOrderMark() {
        byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceText text = reader.read("bom.txt", bytes);
        assertEquals(PLAN, text.text());
        assertEquals(StandardCharsets.UTF_8, text.charset());
        assertEquals(bytes.length, text.byteCount());
    }

    @Test
    void readsGb18030() {
        Charset gb = Charset.forName("GB18030");
        SourceText text = reader.read("gbk.txt", PLAN.getBytes(gb));
        assertEquals(PLAN, text.text());
        assertEquals(gb, text.charset());
    }

    @Test
    void readsUtf16WithByteOrderMarks() {
        SourceText le = reader.read("le.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, PLAN.getBytes(StandardCharsets.UTF_16LE)));
        SourceText be = reader.read("be.txt", withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, PLAN.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(PLAN, le.text());
        assertEquals(StandardCharsets.UTF_16LE, le.charset());
        assertEquals(PLAN, be.text());
        assertEquals(StandardCharsets.UTF_16BE, be.charset());
    }

    @Test
    void checksumIsSha256OfTheBytes() {
        SourceText text = reader.read("abc.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", text.sha256());
    }

    @Test
    void rejectsEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        LoadException e = assertThrows(LoadException.class, () -> reader.read(empty));
        assertEquals("empty.txt", e.file());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void rejectsWhiteSpaceOnly() {
        LoadException e = assertThrows(LoadException.class, () -> reader.read("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("white space"), e.getMessage());
    }

    @Test
    void rejectsBinaryWithNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        LoadException e = assertThrows(LoadException.class, () -> reader.read("image.png", png));
        assertTrue(e.getMessage().startsWith("image.png: looks like a binary file (NUL byte at byte offset 8)"), e.getMessage());
    }

    @Test
    void rejectsTextFullOfControlCharacters() {
        StringBuilder s = new StringBuilder("市场准入\n");
        for (int i = 0; i < 20; i++) {
            s.append((char) 0x01).append((char) 0x02).append('a');
        }
        LoadException e = assertThrows(LoadException.class, () -> reader.read("ctl.bin", s.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("ctl.bin:2: looks like a binary file"), e.getMessage());
    }

    @Test
    void rejectsUndecodableBytesNamingLineAndOffset() {
        // valid UTF-8 up to the third line, then a byte that neither UTF-8 nor GB18030 accepts (0xFF)
        byte[] head = "第一行\n第二行\n第".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = (byte) 0xFF;
        LoadException e = assertThrows(LoadException.class, () -> reader.read("broken.txt", bytes));
        assertEquals("broken.txt", e.file());
        assertTrue(e.line() >= 1, e.getMessage());
        assertTrue(e.getMessage().contains("cannot decode"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset"), e.getMessage());
    }

    @Test
    void undecodableUtf16NamesLine() {
        byte[] body = "甲\n乙\n".getBytes(StandardCharsets.UTF_16LE);
        // a lone low surrogate (0xDC00) after the second line is malformed UTF-16
        byte[] bytes = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, concat(body, new byte[] {0x00, (byte) 0xDC, 0x41, 0x00}));
        LoadException e = assertThrows(LoadException.class, () -> reader.read("u16.txt", bytes));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset 10"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("org.reformgraph.loader.read.Seeds#names")
    void readsEverySeedAsUtf8(String seed) throws Exception {
        SourceText text = Seeds.read(seed);
        assertEquals(StandardCharsets.UTF_8, text.charset());
        assertEquals(seed, text.fileName());
        assertEquals(Files.size(Seeds.path(seed)), text.byteCount());
        assertEquals(64, text.sha256().length());
        assertTrue(text.text().length() > 1000);
        assertTrue(text.text().charAt(0) != '\uFEFF');
    }

    private static byte[] withMark(byte[] mark, byte[] body) {
        return concat(mark, body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package org.reformgraph.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteTokenTest {
    static final String SECRET = "0123456789abcdef-secret";

    @Test
    void noTokenMeansNoWrites() {
        assertEquals(Optional.empty(), WriteToken.configured(null, null));
        assertEquals(Optional.empty(), WriteToken.configured("  ", ""));
    }

    @Test
    void admitsOnlyItsOwnBearerToken() {
        WriteToken token = WriteToken.configured(SECRET, null).orElseThrow();
        assertTrue(token.admits("Bearer " + SECRET));
        assertTrue(token.admits("bearer " + SECRET), "the scheme name is case-insensitive");
        assertFalse(token.admits(null));
        assertFalse(token.admits(SECRET));
        assertFalse(token.admits("Bearer " + SECRET.substring(1)));
        assertFalse(token.admits("Bearer " + SECRET + "0"));
        assertFalse(token.admits("Basic " + SECRET));
    }

    @Test
    void readsTheFirstLineOfATokenFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "  " + SECRET + "  \nnot part of it\n");
        WriteToken token = WriteToken.configured(null, file.toString()).orElseThrow();
        assertTrue(token.admits("Bearer " + SECRET));
    }

    @Test
    void problemsAreNamedWithoutShowingTheToken(@TempDir Path dir) {
        IllegalArgumentException shortOne = assertThrows(IllegalArgumentException.class,
                () -> WriteToken.configured("short-secret", null));
        assertTrue(shortOne.getMessage().contains("shorter than 16"), shortOne.getMessage());
        assertFalse(shortOne.getMessage().contains("short-secret"));

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> WriteToken.configured(null, dir.resolve("absent").toString()));
        assertTrue(missing.getMessage().contains("cannot read the token file"), missing.getMessage());

        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> WriteToken.configured(SECRET, dir.resolve("absent").toString()));
        assertTrue(both.getMessage().contains("given twice"), both.getMessage());
        assertFalse(both.getMessage().contains(SECRET));

        assertFalse(WriteToken.configured(SECRET, null).orElseThrow().toString().contains(SECRET));
    }
}

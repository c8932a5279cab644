package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimplifiedFoldingTest {
    @Test
    void foldsCharacterByCharacterKeepingTheLength() {
        assertEquals("证照分离", SimplifiedFolding.fold("證照分離"));
        assertEquals("一网通办，单一窗口", SimplifiedFolding.fold("一網通辦，單一窗口"));
        assertEquals("ABC 123 带押过户", SimplifiedFolding.fold("ABC 123 带押过户"));
    }
}

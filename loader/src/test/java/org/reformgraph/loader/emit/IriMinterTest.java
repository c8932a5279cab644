package org.reformgraph.loader.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IriMinterTest {
    private final IriMinter iris = new IriMinter("https://w3id.org/reformgraph/id/", SampleExtraction::slug);

    @Test
    void mintsTheIrisOfTheModelDocument() {
        assertEquals("https://w3id.org/reformgraph/id/plan/guangzhou-2023", iris.plan("guangzhou-2023"));
        assertEquals("https://w3id.org/reformgraph/id/graph/guangzhou-2023", iris.graph("guangzhou-2023"));
        assertEquals("https://w3id.org/reformgraph/id/plan/wuhan-2023/2.1.3", iris.node("wuhan-2023", "2.1.3"));
        assertEquals("https://w3id.org/reformgraph/id/plan/dongxihu-2025/t15", iris.node("dongxihu-2025", "t15"));
        assertEquals("https://w3id.org/reformgraph/id/plan/guangzhou-2023/1.2/attribution/3",
                iris.attribution(iris.node("guangzhou-2023", "1.2"), 3));
        assertEquals("https://w3id.org/reformgraph/id/plan/wuhan-2023/span/1200-1288", iris.span("wuhan-2023", 1200, 1288));
        assertEquals("https://w3id.org/reformgraph/id/jurisdiction/wuhan", iris.jurisdiction(SampleExtraction.WUHAN));
        assertEquals("https://w3id.org/reformgraph/id/agency/wuhan/development-reform", iris.agency("wuhan/development-reform"));
        assertEquals("https://w3id.org/reformgraph/id/graph/wuhan-2023/load", iris.loadRun("wuhan-2023"));
        assertEquals("https://w3id.org/reformgraph/scheme/agency-type/development-reform", IriMinter.agencyType("development-reform"));
        assertEquals("https://w3id.org/reformgraph/id/graph/catalog", iris.catalogGraph());
    }

    @Test
    void rejectsBadBasesAndIds() {
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("https://example.org/id", SampleExtraction::slug));
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("not an iri/", SampleExtraction::slug));
        assertThrows(IllegalArgumentException.class, () -> iris.plan("Wuhan 2023"));
        assertTrue(IriMinter.isPlanId("000-99b205d77e7190ac"));
        assertFalse(IriMinter.isPlanId("catalog"), "would collide with the catalog graph");
        assertFalse(IriMinter.isPlanId("a--b"));
    }
}

package org.reformgraph.loader.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Level;

class PlanMetadataBuilderTest {

    @Test
    void describesAFileFromTheCommandLineOptions() {
        PlanMetadata plan = PlanMetadataBuilder.forFile("Gangcheng_2024 Plan.txt")
                .jurisdiction("济南市钢城区").year(2024).title("钢城区优化营商环境行动方案").build();
        assertEquals("gangcheng-2024-plan", plan.id());
        assertEquals("钢城区", plan.jurisdiction().name());
        assertEquals(Level.DISTRICT, plan.jurisdiction().level());
        assertEquals("济南市", plan.jurisdiction().within().name());
        assertEquals(2024, plan.year());
        assertEquals("钢城区优化营商环境行动方案", plan.title());
        assertEquals("Gangcheng_2024 Plan.txt", plan.sourceFile());
        assertNull(plan.issued());
        assertFalse(plan.draft());
    }

    @Test
    void idsComeFromFileNames() {
        assertEquals("000-99b205d77e7190ac", PlanMetadataBuilder.idFromFileName("000_99b205d77e7190ac.txt"));
        assertEquals("wuhan-plan-v2", PlanMetadataBuilder.idFromFileName("--Wuhan Plan (v2).TXT"));
        String hashed = PlanMetadataBuilder.idFromFileName("武汉方案.txt");
        assertTrue(hashed.matches("plan-[0-9a-f]{8}"), hashed);
        assertEquals(hashed, PlanMetadataBuilder.idFromFileName("武汉方案.txt"), "the same name gives the same id");
    }

    @Test
    void aFileWithoutJurisdictionIsRefusedWithAHint() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PlanMetadataBuilder.forFile("x.txt").build());
        assertTrue(error.getMessage().contains("--jurisdiction"), error.getMessage());
    }

    @Test
    void aDistrictNeedsItsCity() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlanMetadataBuilder.forFile("x.txt").jurisdiction("钢城区").build());
        assertEquals("钢城区 is a district: say which city it is in with --within (e.g. --within 济南市) or a full name such as 济南市钢城区",
                error.getMessage());
    }

    @Test
    void levelAndWithinShapeTheJurisdiction() {
        PlanMetadata plan = PlanMetadataBuilder.forFile("x.txt").jurisdiction("武汉市").within("湖北省").level(Level.CITY).build();
        assertEquals("湖北省", plan.jurisdiction().within().name());
        assertEquals(plan.jurisdiction(), plan.jurisdiction().countsForCity());
    }
}

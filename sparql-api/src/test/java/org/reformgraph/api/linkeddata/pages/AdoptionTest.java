package org.reformgraph.api.linkeddata.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.linkeddata.pages.Adoption.CityAdoption;
import org.reformgraph.api.linkeddata.pages.Adoption.PlanUse;

class AdoptionTest {
    @Test
    void citiesAreOrderedByTheirEarliestPlan() {
        List<CityAdoption> order = Adoption.order(List.of(
                PlanUse.of("wuhan", "wuhan-2023", "2023-10-31", null, 2),
                PlanUse.of("xiamen", "xiamen-2022", null, "2022", 1),
                PlanUse.of("wuhan", "dongxihu-2025", "2025-03-28", "2025", 1),
                PlanUse.of("shanghai", "shanghai-2017", null, null, 1)));
        assertEquals(List.of("xiamen", "wuhan", "shanghai"), order.stream().map(CityAdoption::city).toList());
        assertTrue(order.get(0).first());
        assertFalse(order.get(1).first());
        assertEquals("2022-01-01", order.get(0).date(), "a year alone counts from its first day");
        assertEquals("2022", order.get(0).shown(), "but is shown as the year it is");
        assertEquals(List.of("wuhan-2023", "dongxihu-2025"), order.get(1).plans().stream().map(PlanUse::plan).toList());
    }

    @Test
    void citiesOfTheSameEarliestDateAreAllFirst() {
        List<CityAdoption> order = Adoption.order(List.of(
                PlanUse.of("a", "a-1", "2023-01-01", null, 1), PlanUse.of("b", "b-1", "2023-01-01", null, 1),
                PlanUse.of("c", "c-1", "2024-01-01", null, 1)));
        assertEquals(List.of(true, true, false), order.stream().map(CityAdoption::first).toList());
    }
}

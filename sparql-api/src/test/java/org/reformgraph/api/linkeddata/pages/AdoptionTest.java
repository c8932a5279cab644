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
                new PlanUse("wuhan", "wuhan-2023", "2023-10-31", 2),
                new PlanUse("xiamen", "xiamen-2022", Adoption.dateOf(null, "2022"), 1),
                new PlanUse("wuhan", "dongxihu-2025", "2025-01-01", 1),
                new PlanUse("shanghai", "shanghai-2017", null, 1)));
        assertEquals(List.of("xiamen", "wuhan", "shanghai"), order.stream().map(CityAdoption::city).toList());
        assertTrue(order.get(0).first());
        assertFalse(order.get(1).first());
        assertEquals("2022-01-01", order.get(0).date());
        assertEquals(List.of("wuhan-2023", "dongxihu-2025"), order.get(1).plans().stream().map(PlanUse::plan).toList());
    }

    @Test
    void citiesOfTheSameEarliestDateAreAllFirst() {
        List<CityAdoption> order = Adoption.order(List.of(
                new PlanUse("a", "a-1", "2023-01-01", 1), new PlanUse("b", "b-1", "2023-01-01", 1),
                new PlanUse("c", "c-1", "2024-01-01", 1)));
        assertEquals(List.of(true, true, false), order.stream().map(CityAdoption::first).toList());
    }
}

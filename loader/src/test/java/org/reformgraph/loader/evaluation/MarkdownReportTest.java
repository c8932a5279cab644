package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void rendersOneRowPerFormUsedAndOnePerPlan() {
        Tally good = new Tally(1, 10, 10, 9, 20, 18, 16, 15, 2, 1, 3, 1, 1, 0, 0);
        Tally failed = new Tally(1, 5, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
        List<PlanScore> scores = List.of(
                new PlanScore("a.txt", List.of("attr-inline-lead", "level-city"), good, null,
                        List.of("line 12 3.: measure not found")),
                new PlanScore("b.txt", List.of("noise-html", "level-city"), failed, "UnsupportedOperationException: x|y",
                        List.of()));
        String markdown = new MarkdownReport().render(scores);
        assertTrue(markdown.contains("| `attr-inline-lead` | 1 | 10 | 0.90 | 0.90 | 20 | 0.89 | 0.80 | 0.84 | 0.94 | 0.50 | 3 | 0 |"),
                markdown);
        assertTrue(markdown.contains("| `level-city` | 2 | 15 | 0.90 | 0.60 | 28 |"), markdown);
        assertTrue(markdown.contains("| **all** | 2 | 15 |"), markdown);
        assertTrue(markdown.contains("| b.txt | – / 0.00 | – / 0.00 | – | 0 | – | UnsupportedOperationException: x\\|y |"),
                markdown);
        assertTrue(!markdown.contains("`attr-tortoise-bracket`"), "forms no plan uses are left out");
        assertTrue(markdown.contains("<summary>a.txt (1)</summary>\n\n- line 12 3.: measure not found\n"), markdown);
    }
}

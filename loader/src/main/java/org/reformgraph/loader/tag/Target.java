package org.reformgraph.loader.tag;

import java.math.BigDecimal;
import org.reformgraph.loader.Span;

/**
 * A quantitative target stated in a measure: 不少于50场 → (50, 场, {@code >=}).
 *
 * @param value        the number as written
 * @param unit         the unit as written (天, 个工作日, %, 万人 …)
 * @param comparator   {@code <=}, {@code >=}, {@code <}, {@code >} or {@code =} (no comparing word: the value itself)
 * @param deadlineYear the year by which it is to be met, when the sentence states one; else null
 * @param span         the quoted words, from the comparing word (if before the number) to the unit and any 以上/以下
 * @param confidence   in [0, 1]
 */
public record Target(BigDecimal value, String unit, String comparator, Integer deadlineYear, Span span,
                     double confidence) {
}

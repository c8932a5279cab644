/**
 * Stage 4, attribute: who leads, carries out or helps with each measure, and which agencies a measure names.
 *
 * <p>Decisions the later stages rely on:
 * <ul>
 *   <li>A lead is one {@link org.reformgraph.loader.attribute.Attribution} with role lead; the emitter makes it
 *       responsible too.</li>
 *   <li>Rank is the position in the list the agency was named in (leads and responsible units of one block are ranked
 *       separately). Basis first-listed marks a lead taken from the order of a list that names no lead: a labelled
 *       （责任单位：A、B）, each inline （A、B负责） group, a table's 责任单位 cell.</li>
 *   <li>A section's closing block is copied to each of its measures with {@code inherited = true}; its evidence is the
 *       block, outside the measure.</li>
 *   <li>Surfaces are names as written with notes, tails (等有关部门) and deadlines removed, whitespace dropped; spans
 *       index the cleaned text.</li>
 *   <li>Mentions: one per distinct name and measure, at its first occurrence, never inside an attribution statement or a
 *       child node; method {@code dictionary} (0.8) or {@code hanlp-ner} (0.6). Collectives are not mentioned. Courts
 *       and procuratorates numbered within their level (市第三中级法院) are read from the characters, since HanLP cuts
 *       them apart. A mentioned name the resolver gives no agency type (上海股权托管交易中心) is dropped by the
 *       pipeline: a unit a plan attributes work to is an agency whatever its name, a name in running text is one only
 *       if it is some kind of government body.</li>
 *   <li>Confidences, by how a fact was found: labelled 0.95, inline 负责/牵头 0.9, 由…牵头 0.85, table cell 0.85,
 *       inherited at most 0.9, first-listed lead 0.7 (a sole listed unit: its form's value less 0.05).</li>
 * </ul>
 * Forms of statement are separate {@link org.reformgraph.loader.attribute.AttributionForm}s; a new written form is a
 * new class added to the attributor's list.
 */
package org.reformgraph.loader.attribute;

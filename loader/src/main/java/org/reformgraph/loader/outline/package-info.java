/**
 * Stage 3, outline: the tree of parts, sections and measures, and the rows of a task table.
 *
 * <p>Decisions the later stages rely on:
 * <ul>
 *   <li>Measures are decided by structure: numbered items with no numbered children. A first part of general
 *       requirements (总体要求 …) and a last part of safeguards (保障措施, 组织实施, 推进机制 …) hold none: their items
 *       are sections. So Shanghai's 一 and 七 and Wuhan's 四 hold no measures, Xiamen's 四（一）–（三） are measures.</li>
 *   <li>A section-closing block （牵头部门：…；责任部门：…） after a section's last measure lies inside the section's span
 *       and outside the last measure's span and body; {@link org.reformgraph.loader.outline.SectionClosing} returns it.
 *       A block that each measure has for itself (Dongxihu's （责任单位：…）) stays in the measure's body.</li>
 *   <li>Paths: numbered nodes use their number's value below the parent's path ({@code 2.1.3}); implicit sections for
 *       lost headings are {@code s1}, {@code s2} …; a task table is {@code t}, its parts {@code t.1} …, its rows
 *       {@code t1} … by row number. Ordinals count siblings of the same kind.</li>
 *   <li>Titles: the heading, or a measure's lead phrase up to its first 。 when that is at most 30 characters,
 *       else empty.</li>
 *   <li>Table rows: {@link org.reformgraph.loader.outline.TableRow#groupTitle()} is the 工作措施 cell without its
 *       number and final 。 (便利市场准入准营); rows are kept even when empty, with a warning.</li>
 * </ul>
 */
package org.reformgraph.loader.outline;

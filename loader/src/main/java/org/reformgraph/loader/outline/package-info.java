/**
 * Stage 3, outline: the tree of parts, sections and measures, and the rows of a task table.
 *
 * <p>Numbering accepted at the start of a line ({@link org.reformgraph.loader.outline.NumberingStyle}):
 * <ul>
 *   <li>第一章 第一部分 第一篇 (chapters), 一、 一． (parts), 第一节, 第一条 (articles), （一） (一), 1. 1． ⒈, 1、,
 *       （1） (1) 1） ⑴, ① … ⑳. Both bracket widths are one style; spaces inside and after a numbering are allowed
 *       ({@code 1 .}, {@code （ 一 ）}, {@code 1.\u3000}); full-width digits (１．) are folded by the cleaner.</li>
 *   <li>A bare number and a space ({@code 1 推进…}) only where the document numbers at least three items so, 1, 2,
 *       3 … in a run; elsewhere {@code 12 个区} is text. A number followed by a unit (10 月, 31 日) never numbers.</li>
 *   <li>A decorative mark before a numbering (★1. ●（一）) is skipped; a bullet without a numbering (● ■ ◆) is no
 *       item: its line is text of the item it stands in.</li>
 *   <li>Decimals and dates (0.5天, 2023.10, 1．5个) are no numbering. A numbering alone on its line takes the next
 *       line as its title (the cleaner joins them).</li>
 * </ul>
 *
 * <p>Nesting ({@link org.reformgraph.loader.outline.StyleOrder}): a style whose item 1 comes right after an item of
 * another style nests below it, so a plan that puts （一） under 1. is read as written. The convention
 * (一、 › （一） › 1. › （1） › ①) decides only where the document gives no evidence; parts (一、, 第…章) always stay on top.
 *
 * <p>Measures ({@link org.reformgraph.loader.outline.MeasureKinds}):
 * <ul>
 *   <li>A first part of general requirements (总则, 总体要求 …) and a last part of safeguards (附则, 保障措施, 组织实施,
 *       推进机制 …) hold none: their items are sections. So Shanghai's 一 and 七 and Wuhan's 四 hold no measures,
 *       Xiamen's 四（一）–（三） are measures.</li>
 *   <li>Where items carry their own attribution (（牵头单位：…）, （…负责）, （A牵头，B配合）, 〔…〕, labelled lines
 *       牵头部门：…, found by {@link org.reformgraph.loader.outline.AttributionMarks} without resolving anyone), an item
 *       that carries one with none below it is a measure and its numbered sub-points are folded into its text; an
 *       item with carrying items below it is a section; an item that carries none is a measure when it is numbered
 *       at its part's measure level (the deepest style that carries attributions there). So (1)(2) with attributions
 *       under a 1. heading are the measures, and (1)(2) without under a 1. item that has one are sub-points.</li>
 *   <li>Otherwise numbered items with no numbered children are measures.</li>
 *   <li>A heading that is only a title plus an attribution (（一）优化纳税服务（牵头单位：市税务局）) is a section: the
 *       attribution is given once for its items. The same holds for a closing block.</li>
 * </ul>
 *
 * <p>Closing blocks: a block （牵头部门：…；责任部门：…） or labelled lines after a section's last item lie inside the
 * section's span and outside the last item's span and body; {@link org.reformgraph.loader.outline.SectionClosing}
 * returns them. A block that each item has for itself (Dongxihu's （责任单位：…）) stays in the item's body.
 *
 * <p>Paths: numbered nodes use their number's value below the parent's path ({@code 2.1.3}); implicit sections for
 * lost headings are {@code s1}, {@code s2} …; a task table is {@code t}, its parts {@code t.1} …, its rows {@code t1}
 * … by row number. Ordinals count siblings of the same kind.
 *
 * <p>Titles: the heading, or a measure's lead phrase up to its first 。 when that is at most 30 characters, else empty.
 *
 * <p>Tables: tab-separated ({@link org.reformgraph.loader.outline.TableOutline}) or flattened into text
 * ({@link org.reformgraph.loader.outline.FlatTableOutline}: a 序号 header, on one line or one word per line, then
 * rows found by their consecutive numbers). {@link org.reformgraph.loader.outline.TableRow#groupTitle()} is the 工作措施
 * cell without its number and final 。 (便利市场准入准营); rows are kept even when empty, with a warning. In a flattened
 * row the unit cell is known when the cells are on lines of their own or split by spaces, or as the text after the
 * content's last 。 (less a deadline); otherwise it is null, with a warning. When the header has a 牵头单位 column
 * beside a 责任单位 one, {@link org.reformgraph.loader.outline.TableRow#agencyCell()} spans both cells and
 * {@link org.reformgraph.loader.outline.TableRow#leadCell()} the lead's (in a flattened row: its first unit).
 *
 * <p>Partly understood plans ({@link org.reformgraph.loader.outline.PartialReading}): what was understood is kept, and
 * warnings name the original line of what was not — garbled lines, a part with no numbered items (read as one
 * measure). A plan with no recognisable numbering yields no measures and the warning "no numbered items found",
 * never one measure per paragraph: a paragraph is as likely a preamble or a principle as a measure, and a silently
 * invented measure misleads more than a reported gap.
 */
package org.reformgraph.loader.outline;

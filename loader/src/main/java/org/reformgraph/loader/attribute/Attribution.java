package org.reformgraph.loader.attribute;

import org.reformgraph.loader.Span;

/**
 * One agency's role in one measure, as one statement of the text gives it.
 *
 * @param surface     the agency's name as written in the list, tails such as 等有关部门 removed (cleaned text)
 * @param role        lead, responsible or cooperating
 * @param rank        1-based position of the agency in the list it was named in
 * @param basis       explicit, or first-listed for a lead inferred by convention
 * @param surfaceSpan where the name stands, in the cleaned text
 * @param evidence    the whole attribution statement, e.g. the bracketed （牵头部门：…；责任部门：…） block, cleaned text
 * @param inherited   true when the statement belongs to an enclosing section and applies to all its measures
 * @param confidence  in [0,1]: how sure the loader is of this fact, given how it was found
 */
public record Attribution(String surface, Role role, int rank, Basis basis, Span surfaceSpan, Span evidence,
                          boolean inherited, double confidence) {
}

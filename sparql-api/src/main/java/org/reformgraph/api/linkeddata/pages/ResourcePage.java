package org.reformgraph.api.linkeddata.pages;

import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** The part of a page particular to one kind of resource; the frame and the table of all statements are shared. */
interface ResourcePage {
    /** The page's heading. */
    default String title(PageContext c) {
        return c.ownLabel();
    }

    void body(PageContext c, HtmlWriter w);
}

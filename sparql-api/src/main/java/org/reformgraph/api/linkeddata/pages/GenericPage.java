package org.reformgraph.api.linkeddata.pages;

import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** Any other resource (a section, an attribution, a span, a load run): its statements table says it all. */
final class GenericPage implements ResourcePage {
    @Override
    public void body(PageContext c, HtmlWriter w) {
        // the shared statements table, opened, is the whole page
    }
}

package org.reformgraph.loader.tag;

import java.util.List;

/**
 * One curated reform type of the scheme.
 *
 * @param slug   the concept's local name, e.g. {@code mortgaged-property-transfer}
 * @param iri    the concept's IRI
 * @param labelZh its Chinese preferred label, e.g. 带押过户
 * @param labels every Chinese label (preferred first, then the variants) that names it in a text
 */
public record ReformTypeConcept(String slug, String iri, String labelZh, List<String> labels) {
    public ReformTypeConcept {
        labels = List.copyOf(labels);
    }
}

package org.reformgraph.loader.emit;

import org.reformgraph.loader.Jurisdiction;

/**
 * Gives a jurisdiction the path segment its IRI is minted from ({@code wuhan}, {@code wuhan/dongxihu}, {@code hubei}).
 * The resolve stage owns the rule ({@code resolve.Slugs.jurisdictionSlug}); the emitter only needs the function, and
 * must use the same one the resolver used for agency keys so that agency and jurisdiction IRIs agree.
 */
@FunctionalInterface
public interface JurisdictionSlugger {
    String slug(Jurisdiction jurisdiction);
}

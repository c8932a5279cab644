package org.reformgraph.loader.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.emit.JurisdictionSlugger;

/**
 * The resolve stage's jurisdiction slugs ({@code resolve.Slugs.jurisdictionSlug}), which agency keys are built from.
 * Bound by reflection only because that class lands from another branch; once merged, replace this class with the
 * method reference {@code Slugs::jurisdictionSlug} in {@link Stages#standard()}.
 */
enum StandardSlugs implements JurisdictionSlugger {
    INSTANCE;

    private static final String CLASS = "org.reformgraph.loader.resolve.Slugs";

    @Override
    public String slug(Jurisdiction jurisdiction) {
        try {
            Method method = Class.forName(CLASS).getMethod("jurisdictionSlug", Jurisdiction.class);
            return (String) method.invoke(null, jurisdiction);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(CLASS + ".jurisdictionSlug(Jurisdiction) is not available", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}

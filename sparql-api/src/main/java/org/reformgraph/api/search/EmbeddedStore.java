package org.reformgraph.api.search;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the server reads its own dataset, not a remote store ({@code serve --store}): only then is there an index. */
final class EmbeddedStore implements Condition {
    static final String REMOTE_PROPERTY = "reformgraph.store.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !context.getEnvironment().containsProperty(REMOTE_PROPERTY);
    }
}

package org.reformgraph.api.write;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the operator configured a write token; without one the write routes do not exist at all. */
public final class WritesEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return isSet(env.getProperty(WriteToken.PROPERTY)) || isSet(env.getProperty(WriteToken.FILE_PROPERTY));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}

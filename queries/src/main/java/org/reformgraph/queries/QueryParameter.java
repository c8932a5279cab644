package org.reformgraph.queries;

import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a named query: the variable it binds (without {@code ?}), its type, its default value
 * (empty when the caller must give one) and what it means.
 */
public record QueryParameter(String name, ParameterType type, Optional<String> defaultValue, String description) {
    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        description = description == null ? "" : description;
    }

    public boolean required() {
        return defaultValue.isEmpty();
    }
}

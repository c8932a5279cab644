package org.reformgraph.queries;

/** A caller's parameter values do not fit a named query: unknown name, missing value, or a value of the wrong type. */
public class ParameterBindingException extends IllegalArgumentException {
    public ParameterBindingException(String message) {
        super(message);
    }

    public ParameterBindingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.reformgraph.ontology;

/** A resource the ontology jar should ship is missing or is not valid Turtle; the message names it and says why. */
public class OntologyResourceException extends RuntimeException {
    public OntologyResourceException(String message) {
        super(message);
    }

    public OntologyResourceException(String message, Throwable cause) {
        super(message, cause);
    }
}

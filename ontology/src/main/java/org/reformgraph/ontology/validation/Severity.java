package org.reformgraph.ontology.validation;

/** How serious a SHACL result is: only violations make a plan graph unfit to store. */
public enum Severity {
    VIOLATION, WARNING, INFO
}

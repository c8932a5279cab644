package org.reformgraph.loader.emit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** The literal forms docs/MODEL.md fixes: Chinese text @zh, xsd:integer, xsd:decimal, xsd:boolean, dates. */
public final class Literals {
    private Literals() {
    }

    public static Literal zh(String text) {
        return ResourceFactory.createLangLiteral(text, "zh");
    }

    public static Literal plain(String text) {
        return ResourceFactory.createPlainLiteral(text);
    }

    /** xsd:integer, not Jena's default xsd:int for a Java int. */
    public static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(BigInteger.valueOf(value).toString(), XSDDatatype.XSDinteger);
    }

    public static Literal decimal(double value) {
        return ResourceFactory.createTypedLiteral(BigDecimal.valueOf(value).toPlainString(), XSDDatatype.XSDdecimal);
    }

    public static Literal bool(boolean value) {
        return ResourceFactory.createTypedLiteral(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    public static Literal date(LocalDate date) {
        return ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    public static Literal dateTime(Instant instant) {
        return ResourceFactory.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }
}

package org.reformgraph.loader.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.read.Seeds;
import org.reformgraph.ontology.RG;

class CatalogEmitterTest {
    private static final String B = RG.DEFAULT_BASE;
    private final IriMinter iris = new IriMinter(B, jurisdiction -> switch (jurisdiction.name()) {
        case "福建省" -> "fujian";
        case "厦门市" -> "xiamen";
        default -> throw new IllegalArgumentException(jurisdiction.name());
    });

    @Test
    void anEntryIsTheDatasetItsDistributionAndItsJurisdictions() {
        PlanMetadata xiamen = new CatalogReader(B).read(Seeds.folder().resolve("catalog.ttl")).byId("xiamen-2022").orElseThrow();
        Model expected = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix rg: <https://w3id.org/reformgraph/ontology#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <catalog> a dcat:Catalog ; dct:title "reformgraph: the loaded plans"@en ; dcat:dataset <plan/xiamen-2022> .
                <plan/xiamen-2022> a dcat:Dataset , rg:Plan ; dct:identifier "xiamen-2022" ; rg:draft false ;
                    rg:year 2022 ;
                    rg:yearNote "undated; cites the 20th Party Congress (二十大, October 2022), so issued in 2022 or later"@en ;
                    rg:jurisdiction <jurisdiction/xiamen> ; dcat:distribution <plan/xiamen-2022/source> .
                <plan/xiamen-2022/source> a dcat:Distribution ; rg:sourceFile "001_f8c864038247f383.txt" ;
                    dcat:mediaType <https://www.iana.org/assignments/media-types/text/plain> ;
                    dcat:byteSize "27896"^^xsd:nonNegativeInteger .
                <jurisdiction/xiamen> a rg:Jurisdiction ; rdfs:label "厦门市"@zh ; rg:level rg:City ;
                    rg:within <jurisdiction/fujian> ; rg:city <jurisdiction/xiamen> .
                <jurisdiction/fujian> a rg:Jurisdiction ; rdfs:label "福建省"@zh ; rg:level rg:Province .
                """, Lang.TURTLE).base(B).parse(expected);
        Model entry = new CatalogEmitter(iris).entry(xiamen, 27896);
        if (!entry.isIsomorphicWith(expected)) {
            fail("expected\n" + dump(expected) + "\nbut was\n" + dump(entry));
        }
        assertTrue(entry.listStatements().toList().stream().noneMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()));
    }

    private static String dump(Model model) {
        return model.listStatements().toList().stream().map(s -> s.asTriple().toString()).sorted().collect(Collectors.joining("\n"));
    }
}

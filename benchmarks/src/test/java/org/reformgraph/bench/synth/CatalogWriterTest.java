package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.ontology.RG;

class CatalogWriterTest {

    @Test
    void placesWhosePinyinCollidesGetTheirOwnNodes(@TempDir Path folder) throws IOException {
        CatalogWriter writer = new CatalogWriter("test", 1);
        Jurisdiction shanxi = Jurisdiction.province("山西省");
        Jurisdiction shaanxi = Jurisdiction.province("陕西省");
        writer.add(plan("a-1", Jurisdiction.city("太原市", shanxi)), 10, "UTF-8");
        writer.add(plan("a-2", Jurisdiction.city("西安市", shaanxi)), 10, "UTF-8");
        writer.add(plan("a-3", shanxi), 10, "UTF-8");
        writer.write(folder.resolve("catalog.ttl"));

        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(folder.resolve("catalog.ttl")).base("https://example.org/").lang(Lang.TURTLE).parse(model);
        List<Resource> places = model.listSubjectsWithProperty(RDFS.label).toList();
        assertEquals(4, places.size(), "two provinces, two cities");
        for (Resource place : places) {
            assertEquals(1, place.listProperties(RDFS.label).toList().size(), place + " has one label");
            assertEquals(1, place.listProperties(RG.level).toList().size(), place + " has one level");
        }
        assertFalse(model.getResource("https://example.org/plan/a-1").getPropertyResourceValue(RG.jurisdiction)
                .getPropertyResourceValue(RG.within)
                .equals(model.getResource("https://example.org/plan/a-2").getPropertyResourceValue(RG.jurisdiction)
                        .getPropertyResourceValue(RG.within)));
    }

    private static PlanMetadata plan(String id, Jurisdiction jurisdiction) {
        return new PlanMetadata(id, "标题", "号", "发文机关", LocalDate.of(2024, 1, 2), 2024, null, false, jurisdiction,
                id + ".txt", null);
    }
}

package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.ontology.RG;

class CorpusGeneratorTest {
    private static final String BASE = "https://example.org/id/";

    @TempDir
    static Path folder;
    private static Path first;
    private static CorpusGenerator.Summary summary;

    @BeforeAll
    static void writeTenPlans() {
        first = folder.resolve("first");
        summary = new CorpusGenerator(GeneratorConfig.defaults()).write(10, 42, first);
    }

    @Test
    void tenPlansWeighAbout300Kilobytes() {
        assertEquals(10, summary.plans());
        assertTrue(summary.bytes() > 150_000 && summary.bytes() < 450_000, summary.bytes() + " bytes");
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws IOException {
        Path second = folder.resolve("second");
        new CorpusGenerator(GeneratorConfig.defaults()).write(10, 42, second);
        List<Path> files = files(first);
        assertEquals(21, files.size(), "10 texts, 10 gold files, the catalog");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(file.getFileName())), file.getFileName().toString());
        }
        Path otherSeed = folder.resolve("other-seed");
        new CorpusGenerator(GeneratorConfig.defaults()).write(2, 43, otherSeed);
        assertTrue(!Files.exists(otherSeed.resolve("synth-42-0001.txt")));
        assertTrue(!Files.readString(otherSeed.resolve("synth-43-0001.gold.json"))
                .equals(Files.readString(first.resolve("synth-42-0001.gold.json"))));
    }

    @Test
    void theCatalogIsTurtleListingEveryPlanWithItsFileAndJurisdiction() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(first.resolve("catalog.ttl")).base(BASE).lang(Lang.TURTLE).parse(model);
        Resource catalog = model.getResource(BASE + "catalog");
        assertTrue(model.contains(catalog, RDF.type, DCAT.Catalog));
        List<Resource> plans = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertEquals(10, plans.size());
        for (Resource plan : plans) {
            String id = plan.getRequiredProperty(DCTerms.identifier).getString();
            assertEquals(BASE + "plan/" + id, plan.getURI(), "relative IRIs resolve against the reader's base");
            assertTrue(model.contains(catalog, DCAT.dataset, plan));
            assertTrue(plan.hasProperty(RG.draft, model.createTypedLiteral(false)));
            assertTrue(plan.getRequiredProperty(DCTerms.title).getLiteral().getLanguage().equals("zh"));
            Resource distribution = plan.getRequiredProperty(DCAT.distribution).getResource();
            String file = distribution.getRequiredProperty(RG.sourceFile).getString();
            assertTrue(Files.isRegularFile(first.resolve(file)), file);
            assertEquals(first.resolve(file).toFile().length(), distribution.getRequiredProperty(DCAT.byteSize).getLong());
            Resource jurisdiction = plan.getRequiredProperty(RG.jurisdiction).getResource();
            assertTrue(jurisdiction.hasProperty(RDFS.label));
            assertTrue(jurisdiction.getRequiredProperty(RG.level).getResource().getURI().startsWith(RG.NS));
        }
    }

    @Test
    void everyGoldFileIsJsonWhoseMeasureCountMatchesItsMeasures() throws IOException {
        for (Path gold : files(first).stream().filter(p -> p.toString().endsWith(".gold.json")).toList()) {
            JsonObject json = JSON.parse(Files.readString(gold));
            JsonArray measures = json.get("measures").getAsArray();
            assertEquals(json.get("measureCount").getAsNumber().value().intValue(), measures.size(), gold.toString());
            assertTrue(measures.size() >= 20, gold + " has " + measures.size() + " measures");
            assertTrue(Files.isRegularFile(gold.resolveSibling(json.get("file").getAsString().value())));
            JsonObject firstMeasure = measures.get(0).getAsObject();
            for (String key : List.of("ordinal", "marker", "heading", "reformTypes", "targets", "attributions", "mentions")) {
                assertTrue(firstMeasure.hasKey(key), key + " in " + gold);
            }
        }
    }

    @Test
    void reformTypesAcrossTheCorpusAreSkewed() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Path gold : files(first).stream().filter(p -> p.toString().endsWith(".gold.json")).toList()) {
            for (JsonValue measure : JSON.parse(Files.readString(gold)).get("measures").getAsArray()) {
                for (JsonValue type : measure.getAsObject().get("reformTypes").getAsArray()) {
                    counts.merge(type.getAsObject().get("iri").getAsString().value(), 1, Integer::sum);
                }
            }
        }
        int types = ReformTypeScheme.load(1.1).types().size();
        int[] sorted = ReformTypeScheme.load(1.1).types().stream().mapToInt(t -> counts.getOrDefault(t.iri(), 0)).sorted().toArray();
        assertEquals(types, sorted.length);
        int top = sorted[types - 1];
        int median = sorted[types / 2];
        assertTrue(top >= 10 * Math.max(1, median), "top " + top + ", median " + median);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

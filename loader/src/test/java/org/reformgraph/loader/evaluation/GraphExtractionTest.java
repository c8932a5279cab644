package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

/** Reads back a graph written by hand in the shape of docs/MODEL.md. */
class GraphExtractionTest {
    static final String B = "https://w3id.org/reformgraph/id/";
    static final String ORIGINAL = "标题\n\n1.第一项（牵头单位：市发改委；责任单位：市财政局）\n2.第二项，市法院参与。\n";

    static final String TURTLE = """
            @prefix rg: <https://w3id.org/reformgraph/ontology#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix p: <https://w3id.org/reformgraph/id/plan/t/> .
            <https://w3id.org/reformgraph/id/plan/t> a rg:Plan .
            p:1.2 a rg:Measure ; rg:plan <https://w3id.org/reformgraph/id/plan/t> ; rg:number "2." ; rg:path "1.2" ;
                rg:evidence p:span\\/31-43 ; rg:mentionsAgency <https://w3id.org/reformgraph/id/agency/x/court> .
            p:span\\/31-43 a rg:TextSpan ; rg:start 31 ; rg:end 43 .
            p:1.2\\/mention\\/1 a rg:AgencyMention ; rg:measure p:1.2 ; rg:surfaceForm "市法院"@zh .
            p:1.1 a rg:Measure ; rg:plan <https://w3id.org/reformgraph/id/plan/t> ; rg:number "1." ; rg:path "1.1" ;
                dct:title "第一项"@zh ; rg:evidence p:span\\/4-30 .
            p:span\\/4-30 a rg:TextSpan ; rg:start 4 ; rg:end 30 .
            p:1.1\\/attribution\\/1 a rg:Attribution ; rg:measure p:1.1 ; rg:surfaceForm "市发改委"@zh ;
                rg:role rg:Lead ; rg:basis rg:Explicit ; rg:rank 1 .
            p:1.1\\/attribution\\/2 a rg:Attribution ; rg:measure p:1.1 ; rg:surfaceForm "市财政局"@zh ;
                rg:role rg:Responsible ; rg:basis rg:Explicit ; rg:rank 1 ; rg:inherited true .
            """;

    @Test
    void readsMeasuresInDocumentOrderWithTheirFactsAndLines() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model model = ModelFactory.createDefaultModel().read(new StringReader(TURTLE), null, "TTL");
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(B + "graph/t", model));

        List<MeasureFacts> measures = new GraphExtraction(dataset).measures(B + "plan/t", ORIGINAL);

        assertEquals(2, measures.size());
        MeasureFacts first = measures.get(0);
        assertEquals("1.", first.number());
        assertEquals("第一项", first.title());
        assertEquals(3, first.line());
        assertEquals(List.of(new AttributionFact("市发改委", Role.LEAD, Basis.EXPLICIT, false),
                new AttributionFact("市财政局", Role.RESPONSIBLE, Basis.EXPLICIT, true)),
                first.attributions().stream().sorted((a, b) -> a.role().compareTo(b.role())).toList());
        MeasureFacts second = measures.get(1);
        assertNull(second.title());
        assertEquals(4, second.line());
        assertEquals(List.of("市法院"), second.mentions());
    }

    @Test
    void aPlanWithNothingInTheGraphHasNoMeasures() {
        assertEquals(List.of(), new GraphExtraction(DatasetFactory.createTxnMem()).measures(B + "plan/none", ORIGINAL));
    }

    @Test
    void linesCountCodePointsLikeTheGraphsOffsets() {
        String text = "𠀀a\nb\n𠀀\nc";
        int[] starts = GraphExtraction.lineStarts(text);
        assertEquals(1, GraphExtraction.lineOf(starts, 0));
        assertEquals(1, GraphExtraction.lineOf(starts, 2));
        assertEquals(2, GraphExtraction.lineOf(starts, 3));
        assertEquals(3, GraphExtraction.lineOf(starts, 5));
        assertEquals(4, GraphExtraction.lineOf(starts, 7));
    }

    @Test
    void rolesAndBasesAreReadFromTheirIris() {
        assertEquals(Role.COOPERATING, GraphExtraction.role("https://w3id.org/reformgraph/ontology#Cooperating"));
        assertEquals(Basis.FIRST_LISTED, GraphExtraction.basis("https://w3id.org/reformgraph/ontology#FirstListed"));
        assertNull(GraphExtraction.basis(null));
    }
}

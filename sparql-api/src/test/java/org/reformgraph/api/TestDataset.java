package org.reformgraph.api;

import java.io.StringReader;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A small in-memory TDB2 dataset in the shape the loader writes: two plan graphs (Guangzhou: two measures, two
 * agencies; Wuhan: one measure) and a bulk graph of generated triples to give a runaway query something to chew on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataset {
    public static final String ID = "https://w3id.org/reformgraph/id/";
    public static final String GUANGZHOU_GRAPH = ID + "graph/guangzhou-2023";
    public static final String WUHAN_GRAPH = ID + "graph/wuhan-2023";
    public static final String BULK_GRAPH = "urn:test:bulk";
    public static final int BULK_TRIPLES = 2000;

    private static final String TRIG = """
            PREFIX rg:   <https://w3id.org/reformgraph/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX id:   <https://w3id.org/reformgraph/id/>
            GRAPH <https://w3id.org/reformgraph/id/graph/guangzhou-2023> {
              <https://w3id.org/reformgraph/id/plan/guangzhou-2023> a rg:Plan ;
                  dct:title "广州市建设国际一流营商环境标杆城市助力产业高质量发展行动方案"@zh ;
                  rg:year 2023 ;
                  rg:jurisdiction <https://w3id.org/reformgraph/id/jurisdiction/guangzhou> .
              <https://w3id.org/reformgraph/id/jurisdiction/guangzhou> a rg:Jurisdiction ; rdfs:label "广州市"@zh .
              <https://w3id.org/reformgraph/id/plan/guangzhou-2023/1.1> a rg:Measure ;
                  rg:plan <https://w3id.org/reformgraph/id/plan/guangzhou-2023> ; rg:path "1.1" ;
                  dct:title "破除市场准入壁垒"@zh ;
                  rg:leadAgency <https://w3id.org/reformgraph/id/agency/guangzhou/development-reform> ;
                  rg:responsibleAgency <https://w3id.org/reformgraph/id/agency/guangzhou/development-reform> .
              <https://w3id.org/reformgraph/id/plan/guangzhou-2023/1.2> a rg:Measure ;
                  rg:plan <https://w3id.org/reformgraph/id/plan/guangzhou-2023> ; rg:path "1.2" ;
                  rg:responsibleAgency <https://w3id.org/reformgraph/id/agency/guangzhou/market-regulation> ,
                                       <https://w3id.org/reformgraph/id/agency/guangzhou/development-reform> .
              <https://w3id.org/reformgraph/id/agency/guangzhou/development-reform> a rg:Agency ;
                  skos:prefLabel "广州市发展和改革委员会"@zh ; skos:altLabel "市发展改革委"@zh ;
                  rg:jurisdiction <https://w3id.org/reformgraph/id/jurisdiction/guangzhou> .
              <https://w3id.org/reformgraph/id/agency/guangzhou/market-regulation> a rg:Agency ;
                  skos:prefLabel "广州市市场监督管理局"@zh ;
                  rg:jurisdiction <https://w3id.org/reformgraph/id/jurisdiction/guangzhou> .
            }
            GRAPH <https://w3id.org/reformgraph/id/graph/wuhan-2023> {
              <https://w3id.org/reformgraph/id/plan/wuhan-2023> a rg:Plan ;
                  rg:year 2023 ; rg:jurisdiction <https://w3id.org/reformgraph/id/jurisdiction/wuhan> .
              <https://w3id.org/reformgraph/id/jurisdiction/wuhan> a rg:Jurisdiction ; rdfs:label "武汉市"@zh .
              <https://w3id.org/reformgraph/id/plan/wuhan-2023/2.1.1> a rg:Measure ;
                  rg:plan <https://w3id.org/reformgraph/id/plan/wuhan-2023> ; rg:path "2.1.1" ;
                  rg:responsibleAgency <https://w3id.org/reformgraph/id/agency/wuhan/development-reform> .
              <https://w3id.org/reformgraph/id/agency/wuhan/development-reform> a rg:Agency ;
                  skos:prefLabel "武汉市发展和改革委员会"@zh .
            }
            """;

    @Bean
    public Dataset dataset() {
        return create();
    }

    public static Dataset create() {
        Dataset dataset = ScratchDatasets.tdb2();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            RDFParser.create().source(new StringReader(TRIG)).lang(Lang.TRIG).parse(dsg);
            var bulk = NodeFactory.createURI(BULK_GRAPH);
            var p = NodeFactory.createURI("urn:test:p");
            for (int i = 0; i < BULK_TRIPLES; i++) {
                dsg.add(new Quad(bulk, NodeFactory.createURI("urn:test:s" + i), p,
                        NodeFactory.createLiteralString("v" + i)));
            }
        });
        return dataset;
    }
}

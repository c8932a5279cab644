package org.reformgraph.api.linkeddata;

import java.util.List;

/** One resource of each kind in the seeds, with words its page must show. */
public enum SeedResources {
    PLAN("/id/plan/wuhan-2023", "https://w3id.org/reformgraph/id/plan/wuhan-2023", "武汉市加强集成创新改革打造营商环境升级版实施意见"),
    MEASURE("/id/plan/wuhan-2023/2.1.1", "https://w3id.org/reformgraph/id/plan/wuhan-2023/2.1.1", "破除市场准入壁垒"),
    AGENCY("/id/agency/wuhan/market-regulation", "https://w3id.org/reformgraph/id/agency/wuhan/market-regulation", "市场监"),
    JURISDICTION("/id/jurisdiction/wuhan", "https://w3id.org/reformgraph/id/jurisdiction/wuhan", "武汉市"),
    AGENCY_TYPE("/scheme/agency-type/market-regulation",
            "https://w3id.org/reformgraph/scheme/agency-type/market-regulation", "市场监管"),
    REFORM_TYPE("/scheme/reform-type/double-random-one-public",
            "https://w3id.org/reformgraph/scheme/reform-type/double-random-one-public", "双随机、一公开"),
    ONTOLOGY("/ontology", "https://w3id.org/reformgraph/ontology", "reformgraph");

    public final String path;
    public final String iri;
    public final String words;

    SeedResources(String path, String iri, String words) {
        this.path = path;
        this.iri = iri;
        this.words = words;
    }

    public static List<SeedResources> all() {
        return List.of(values());
    }
}

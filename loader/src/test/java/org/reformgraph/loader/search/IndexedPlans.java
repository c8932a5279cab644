package org.reformgraph.loader.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.reformgraph.loader.catalog.PlanMetadataBuilder;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;

/** A two-measure Wuhan plan loaded by the real loader, and the measures a search finds: for the index's tests. */
final class IndexedPlans {
    static final String TEXT = """
            一、优化准入
            1.推行带押过户。全面推行二手房“带押过户”登记模式（市自然资源和规划局负责）。
            2.深化证照分离改革。持续推进“证照分离”改革全覆盖（市市场监管局负责）。
            """;
    private static final PlanLoader LOADER = new PlanLoader(RG.DEFAULT_BASE);

    private IndexedPlans() {
    }

    /** Loads {@code text} as the 2023 plan of 湖北省武汉市 in {@code fileName} (its id comes from the file name). */
    static void load(Dataset dataset, String fileName, String text) {
        LOADER.load(dataset, PlanMetadataBuilder.forFile(fileName).jurisdiction("湖北省武汉市").year(2023).build(), fileName,
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** The IRIs of the measures the index finds for {@code query}, best first. */
    static List<String> found(SearchIndex index, String query) {
        return index.searcher().search(new SearchRequest(query, 20, 0, null, Kind.Measure)).hits().stream()
                .map(SearchHit::iri).toList();
    }
}

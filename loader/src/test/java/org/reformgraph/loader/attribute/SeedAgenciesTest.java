package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.resolve.AgencyResolver;
import org.reformgraph.loader.resolve.AgencyTypeScheme;
import org.reformgraph.loader.resolve.ResolvedAgency;

/**
 * Every agency named in an attribution statement of the seed plans resolves to at least one agency type. The
 * statements are found with this package's own forms on the raw seed text, its PDF line breaks and page numbers
 * removed (the cleaning stage's job, done crudely here), and in the 责任单位 column of the Dongxihu table.
 */
class SeedAgenciesTest {
    static final Jurisdiction WUHAN = Jurisdiction.city("武汉市", null);

    @Test
    void everyAttributedAgencyOfTheSeedsHasAType() throws IOException {
        Map<String, Jurisdiction> plans = new LinkedHashMap<>();
        plans.put("000_99b205d77e7190ac.txt", WUHAN);
        plans.put("002_b3011f46f47b348f.txt", Jurisdiction.city("广州市", null));
        plans.put("004_5adb9ef32ff991ea.txt", Jurisdiction.district("东西湖区", WUHAN));

        AgencyTypeScheme scheme = AgencyTypeScheme.get();
        AgencyLexicon lexicon = new AgencyLexicon(scheme);
        AgencyListSplitter splitter = new AgencyListSplitter(lexicon);
        BracketedStatementForm form = new BracketedStatementForm(new LabelledSegments(splitter), splitter, lexicon);
        AgencyResolver resolver = new AgencyResolver();

        List<String> untyped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int statements = 0;
        for (Map.Entry<String, Jurisdiction> plan : plans.entrySet()) {
            String raw = Files.readString(seeds().resolve(plan.getKey()), StandardCharsets.UTF_8);
            String joined = raw.replaceAll("(?m)^\\s*\\d{1,3}\\s*$", "").replaceAll("\\s*\\n\\s*", "");
            List<String> surfaces = new ArrayList<>();
            for (Statement st : form.find(joined, new Span(0, joined.length()))) {
                statements++;
                st.attributions().forEach(a -> surfaces.add(a.surface()));
            }
            for (String line : raw.split("\n")) {
                String[] cells = line.split("\t");
                if (cells.length == 4 && cells[0].matches("\\d+") && !cells[3].isBlank()) {
                    splitter.split(line, new Span(line.length() - cells[3].length(), line.length()))
                            .forEach(n -> surfaces.add(n.surface()));
                }
            }
            assertFalse(surfaces.isEmpty(), plan.getKey() + " has attributions");
            for (String surface : surfaces) {
                if (!seen.add(plan.getKey() + surface)) {
                    continue;
                }
                ResolvedAgency agency = resolver.resolve(surface, plan.getValue());
                if (agency.agencyTypes().isEmpty()) {
                    untyped.add(plan.getKey() + ": " + surface + " -> " + agency.key());
                }
            }
        }
        assertTrue(statements >= 85, "found " + statements + " statements");
        assertTrue(untyped.isEmpty(), "agencies without a type:\n" + String.join("\n", untyped));
    }

    static Path seeds() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder: set -Dreformgraph.seeds");
    }
}

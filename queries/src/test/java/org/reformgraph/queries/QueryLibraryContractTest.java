package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;
import org.junit.jupiter.api.Test;

/**
 * What every query of the shipped library must have: a header in both languages, parameters the query really uses,
 * and a test of its own that pins its answer on the seeds.
 */
class QueryLibraryContractTest {
    private static final List<NamedQuery> ALL = SeedGraph.library().all().stream().toList();

    @Test
    void theLibraryAnswersAtLeastTwentyFiveQuestions() {
        assertTrue(ALL.size() >= 25, "only " + ALL.size() + " queries");
    }

    @Test
    void everyQueryParsesAndIsTitledAndDescribedInEnglishAndChinese() {
        for (NamedQuery q : ALL) {
            q.parse();
            assertFalse(q.title().isBlank(), q.name() + ": English title");
            assertFalse(q.titles().getOrDefault("zh", "").isBlank(), q.name() + ": no '# title@zh:'");
            assertFalse(q.description().isBlank(), q.name() + ": no '# description:'");
            assertFalse(q.descriptions().getOrDefault("zh", "").isBlank(), q.name() + ": no '# description@zh:'");
            assertTrue(q.titles().get("zh").codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), q.name() + ": the zh title is not Chinese");
        }
    }

    @Test
    void everyDeclaredParameterIsAVariableOfTheParsedQueryAndHasADescription() {
        for (NamedQuery q : ALL) {
            Set<String> variables = variablesOf(q.parse());
            for (QueryParameter p : q.parameters()) {
                assertTrue(variables.contains(p.name()), q.name() + ": ?" + p.name() + " is declared but not used");
                assertFalse(p.description().isBlank(), q.name() + ": parameter " + p.name() + " has no description");
            }
        }
    }

    /** "Every query has a test": each query's name appears, quoted, in a test class of this package. */
    @Test
    void everyQueryIsPinnedByATest() throws IOException {
        Path tests = testSources();
        String sources;
        try (Stream<Path> files = Files.list(tests)) {
            sources = files.filter(f -> f.toString().endsWith("Test.java"))
                    .filter(f -> !f.getFileName().toString().equals("QueryLibraryContractTest.java"))
                    .map(QueryLibraryContractTest::read).collect(Collectors.joining("\n"));
        }
        List<String> untested = ALL.stream().map(NamedQuery::name)
                .filter(name -> !sources.contains("\"" + name + "\"")).sorted().toList();
        assertEquals(List.of(), untested, "queries no test runs");
    }

    private static Set<String> variablesOf(Query query) {
        Set<String> names = new java.util.HashSet<>();
        // every variable in patterns, filters, binds and sub-queries, and the projection
        ElementWalker.walk(query.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementFilter el) {
                el.getExpr().getVarsMentioned().forEach(v -> names.add(v.getVarName()));
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementBind el) {
                el.getExpr().getVarsMentioned().forEach(v -> names.add(v.getVarName()));
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                names.addAll(variablesOf(el.getQuery()));
            }
        });
        PatternVars.vars(query.getQueryPattern()).forEach(v -> names.add(v.getVarName()));
        query.getProjectVars().stream().map(Var::getVarName).forEach(names::add);
        if (query.hasHaving()) {
            query.getHavingExprs().forEach(e -> e.getVarsMentioned().forEach(v -> names.add(v.getVarName())));
        }
        return names;
    }

    private static Path testSources() {
        Path here = Paths.get("src/test/java/org/reformgraph/queries");
        if (Files.isDirectory(here)) {
            return here;
        }
        Path fromRoot = Paths.get("queries/src/test/java/org/reformgraph/queries");
        if (Files.isDirectory(fromRoot)) {
            return fromRoot;
        }
        throw new IllegalStateException("cannot find this module's test sources from " + Paths.get("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

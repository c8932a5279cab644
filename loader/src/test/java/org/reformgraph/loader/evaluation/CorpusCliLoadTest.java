package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformgraph.loader.cli.LoaderCli;
import picocli.CommandLine;

/**
 * {@code load} of one plan the loader was never tuned on, told nothing but its jurisdiction and level (no catalog):
 * every measure of the gold reaches the store, and what could not be read is reported with its line.
 */
class CorpusCliLoadTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "enshi-prefecture-2021.txt, 恩施土家族苗族自治州, city, 9, 24",
            "anji-county-2020.txt, 湖州市安吉县, district, 7, 24",
            "wuhou-district-2023.txt, 成都市武侯区, district, 12, 34"})
    void loadsAPlanWithOnlyItsJurisdictionAndLevel(String file, String jurisdiction, String level, int measures,
                                                   int attributions) throws IOException {
        Path plan = dir.resolve(file);
        Files.copy(CorpusEvaluation.corpusFolder().resolve(file), plan);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LoaderCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("load", "--db", dir.resolve("db").toString(), "--jurisdiction", jurisdiction,
                "--level", level, plan.toString());

        assertEquals(0, exit, out + "\n" + err);
        String id = file.substring(0, file.length() - ".txt".length());
        String summary = out.toString().lines().filter(l -> l.startsWith(id + ":")).findFirst().orElseThrow();
        assertTrue(summary.contains(" " + measures + " measures, " + attributions + " attributions"), summary);
        assertTrue(out.toString().contains("loaded 1 plan"), out.toString());
    }

    @ParameterizedTest
    @CsvSource({"nangang-district-2021-garbled.txt, 哈尔滨市南岗区, 31"})
    void whatCouldNotBeReadIsReportedWithItsLine(String file, String jurisdiction, int line) throws IOException {
        Path plan = dir.resolve(file);
        Files.copy(CorpusEvaluation.corpusFolder().resolve(file), plan);
        StringWriter out = new StringWriter();
        CommandLine cli = LoaderCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        assertEquals(0, cli.execute("load", "--db", dir.resolve("db").toString(), "--jurisdiction", jurisdiction,
                "--level", "district", plan.toString()));
        assertTrue(out.toString().contains("warning: outline line " + line + ":"), out.toString());
    }

    @ParameterizedTest
    @CsvSource({"kunming-city-2022.txt, 昆明市, 31, 市滇池管理局, 昆明市滇池管理局"})
    void aNameNoListKnowsIsKeptWithAWarning(String file, String jurisdiction, int line, String surface, String label)
            throws IOException {
        Path plan = dir.resolve(file);
        Files.copy(CorpusEvaluation.corpusFolder().resolve(file), plan);
        StringWriter out = new StringWriter();
        CommandLine cli = LoaderCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        assertEquals(0, cli.execute("load", "--db", dir.resolve("db").toString(), "--jurisdiction", jurisdiction,
                "--level", "city", plan.toString()));
        assertTrue(out.toString().contains("warning: resolve line " + line + ": '" + surface + "' is kept as " + label
                + ", of no agency type the loader knows"), out.toString());
    }
}

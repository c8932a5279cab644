package org.reformgraph.api.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.api.Http;
import picocli.CommandLine;

/** {@code serve --token-file}: writes open for the token on the file's first line, and the token is never printed. */
class ServeTokenFileTest {
    static final String TOKEN = "serve-token-file-0123456789";

    @Test
    void theTokenFileEnablesUpdatesWithoutPrintingTheToken(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        Dataset existing = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(existing, () -> existing.asDatasetGraph().add(SSE.parseQuad(ServeCommandTest.PLAN_QUAD)));
        TDBInternal.expel(existing.asDatasetGraph());
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n# the first line is the token\n");

        ServeCommand serve = new ServeCommand();
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(serve).execute("--db", db.toString(), "--seeds", dir.resolve("absent").toString(),
                    "--port", "0", "--token-file", tokenFile.toString());
        } finally {
            System.setOut(stdout);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        try {
            assertTrue(output.contains("Writes enabled"), output);
            assertFalse(output.contains(TOKEN), "the token is never printed");
            Http http = new Http(serve.context().getEnvironment().getProperty("local.server.port", Integer.class));
            String update = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"o\" } }";
            assertEquals(401, http.post("/update", "application/sparql-update", update).statusCode());
            HttpResponse<String> r = http.post("/update", "application/sparql-update", update,
                    "Authorization", "Bearer " + TOKEN);
            assertEquals(204, r.statusCode(), r.body());
        } finally {
            serve.context().close();
        }
    }
}

package org.reformgraph.loader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

class ScratchDatasetsTest {
    @Test
    void eachDatasetIsAnEmptyTdb2FolderOfItsOwnAsTheServerUses() {
        Dataset one = ScratchDatasets.tdb2();
        Dataset two = ScratchDatasets.tdb2();
        var location = TDBInternal.getDatasetGraphTDB(one.asDatasetGraph()).getLocation();
        assertFalse(location.isMem(), "in-memory TDB2 fails under concurrent readers and a writer");
        assertTrue(Files.isDirectory(Path.of(location.getDirectoryPath())));
        assertNotEquals(location, TDBInternal.getDatasetGraphTDB(two.asDatasetGraph()).getLocation());
        assertTrue(Txn.calculateRead(one, () -> one.asDatasetGraph().isEmpty()));
    }

    @Test
    void theSeedsAreLoadedAsThePlansOfTheCatalog() {
        Dataset seeds = ScratchDatasets.withSeeds();
        var plans = SelectRows.overUnion(seeds,
                "SELECT DISTINCT ?plan { ?plan a <https://w3id.org/reformgraph/ontology#Plan> }");
        assertEquals(5, plans.size(), plans.toString());
    }
}

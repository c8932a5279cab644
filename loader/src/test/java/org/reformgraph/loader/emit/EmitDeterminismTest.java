package org.reformgraph.loader.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class EmitDeterminismTest {
    private final PlanEmitter emitter = new PlanEmitter(SampleExtraction.iris());

    @Test
    void emittingTwiceGivesTheSameGraphApartFromTheLoadTimes() {
        Model first = emitter.emit(SampleExtraction.extraction(), run("2026-01-01T00:00:00Z")).model();
        Model second = emitter.emit(SampleExtraction.extraction(), run("2026-06-30T12:00:00Z")).model();

        assertEquals(first.size(), second.size());
        assertEquals(iris(first), iris(second));
        assertFalse(first.isIsomorphicWith(second), "the load times differ, so the graphs must too");
        assertTrue(withoutTimes(first).isIsomorphicWith(withoutTimes(second)));
    }

    @Test
    void sameRunGivesAnIsomorphicGraph() {
        LoadRun run = run("2026-01-01T00:00:00Z");
        assertTrue(emitter.emit(SampleExtraction.extraction(), run).model()
                .isIsomorphicWith(emitter.emit(SampleExtraction.extraction(), run).model()));
    }

    private static LoadRun run(String started) {
        Instant at = Instant.parse(started);
        return new LoadRun(at, at.plusSeconds(1), "0.1.0");
    }

    private static Set<String> iris(Model model) {
        Set<String> iris = new TreeSet<>();
        model.listStatements().forEachRemaining(statement -> {
            iris.add(statement.getSubject().getURI());
            RDFNode object = statement.getObject();
            if (object.isURIResource()) {
                iris.add(object.asResource().getURI());
            }
        });
        return iris;
    }

    private static Model withoutTimes(Model model) {
        Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(model);
        copy.removeAll((Resource) null, copy.createProperty("http://www.w3.org/ns/prov#startedAtTime"), null);
        copy.removeAll((Resource) null, copy.createProperty("http://www.w3.org/ns/prov#endedAtTime"), null);
        return copy;
    }
}

package org.reformgraph.loader.evaluation;

import java.util.List;
import org.reformgraph.loader.Warning;

/**
 * What the loader made of one plan.
 *
 * @param measures every measure read back from the graph, in document order
 * @param warnings what the loader reported it could not understand
 * @param failure  the exception's description when loading failed, else null
 */
public record Extraction(List<MeasureFacts> measures, List<Warning> warnings, String failure) {
    public Extraction {
        measures = List.copyOf(measures);
        warnings = List.copyOf(warnings);
    }

    public static Extraction failed(Throwable error) {
        return new Extraction(List.of(), List.of(), error.getClass().getSimpleName() + ": " + error.getMessage());
    }
}

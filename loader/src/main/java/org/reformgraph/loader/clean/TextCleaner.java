package org.reformgraph.loader.clean;

import org.reformgraph.loader.read.SourceText;

/** Stage 2, clean: removes extraction noise and normalises the text, keeping a map to the original. */
public final class TextCleaner {
    public CleanText clean(SourceText source) {
        throw new UnsupportedOperationException("to be implemented by the clean stage");
    }
}

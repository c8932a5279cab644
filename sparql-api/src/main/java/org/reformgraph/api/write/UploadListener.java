package org.reformgraph.api.write;

import java.util.List;

/** Hears of each plan upload: when its load begins, and when it ends with the graphs it wrote (none if it failed). */
public interface UploadListener {
    UploadListener NONE = new UploadListener() {
        @Override
        public void loading() {
        }

        @Override
        public void loaded(List<String> graphs) {
        }
    };

    void loading();

    /** Runs before the upload is answered, whether the load succeeded ({@code graphs} written) or failed (empty). */
    void loaded(List<String> graphs);
}

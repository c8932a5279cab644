package org.reformgraph.api.openapi;

import java.util.Map;
import org.reformgraph.api.named.NamedQueryController;
import org.reformgraph.api.write.WriteToken;
import org.reformgraph.loader.pipeline.LoaderVersion;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/openapi.json}: the API described from the query library, built once at start-up. */
@RestController
public class OpenApiController {
    public static final String PATH = "/api/openapi.json";

    private final Map<String, Object> document;

    public OpenApiController(QueryLibrary library, ObjectProvider<WriteToken> writeToken) {
        this.document = OpenApiDocument.build(library, LoaderVersion.get(), NamedQueryController::formats,
                writeToken.getIfAvailable() != null);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> openApi() {
        return document;
    }
}

package org.reformgraph.api.dataset;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.linkeddata.AcceptNegotiation;
import org.reformgraph.api.linkeddata.DocumentCache;
import org.reformgraph.api.linkeddata.GraphReader;
import org.reformgraph.api.linkeddata.Representation;
import org.reformgraph.api.linkeddata.SecurityHeaders;
import org.reformgraph.api.named.ResultCache;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dataset description (VoID and DCAT 3) at {@code /dataset} and {@code /.well-known/void} (RFC 5785, as the VoID
 * note asks), by content negotiation or by suffix ({@code /dataset.ttl} …); the dumps at {@code /dumps/}. The
 * description is a document, not a thing, so it is answered directly (with {@code Content-Location} naming the
 * format's own URL); the dataset as a thing, {@code {base}dataset}, redirects here with 303.
 */
@RestController
public class DatasetController {
    private static final String EXAMPLES = """
            SELECT ?x WHERE {
              { SELECT ?x WHERE { ?x a rg:Plan ; prov:wasGeneratedBy ?run } ORDER BY ?x LIMIT 1 }
              UNION { SELECT ?x WHERE { ?x a rg:Measure ; rg:leadAgency ?a } ORDER BY ?x LIMIT 1 }
              UNION { SELECT ?x WHERE { ?x a rg:Agency } ORDER BY ?x LIMIT 1 }
              UNION { SELECT ?x WHERE { ?x a rg:Jurisdiction } ORDER BY ?x LIMIT 1 }
              UNION { SELECT ?x WHERE { ?m rg:reformType ?x } ORDER BY ?x LIMIT 1 }
            }
            """;

    private final GraphReader reader;
    private final Dumps dumps;
    private final String base;
    private final DocumentCache cache;

    public DatasetController(GraphReader reader, Dumps dumps, ReformgraphProperties properties, DocumentCache cache) {
        this.cache = cache;
        this.reader = reader;
        this.dumps = dumps;
        this.base = properties.base();
    }

    @GetMapping({"/dataset", "/.well-known/void"})
    public ResponseEntity<byte[]> negotiated(HttpServletRequest request,
                                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Optional<Representation> chosen = AcceptNegotiation.choose(accept);
        if (chosen.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=utf-8")
                    .body(("None of the formats asked for (" + accept + ") is available\n").getBytes(StandardCharsets.UTF_8));
        }
        return represent(request, chosen.get(), true);
    }

    @GetMapping("/dataset.{suffix}")
    public ResponseEntity<byte[]> bySuffix(HttpServletRequest request, @PathVariable("suffix") String suffix) {
        return Representation.bySuffix(suffix).map(r -> represent(request, r, false))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping({"/dumps", "/dumps/"})
    public ResponseEntity<byte[]> index(HttpServletRequest request) {
        List<DumpFile> files = dumps.current();
        return ResponseEntity.ok().headers(SecurityHeaders.forHtml())
                .header(HttpHeaders.CONTENT_TYPE, "text/html;charset=utf-8")
                .body(DatasetPage.dumpIndex(files).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/dumps/{name}")
    public ResponseEntity<Resource> file(@PathVariable("name") String name) {
        List<DumpFile> files = dumps.current();
        List<String> checksums = new ArrayList<>(List.of(Dumps.SUMS));
        for (DumpFile f : files) {
            if (f.name().equals(name)) {
                return download(f.path(), f.compressed() ? "application/gzip" : f.mediaType() + ";charset=utf-8", name);
            }
            checksums.add(f.name() + ".sha256");
        }
        if (checksums.contains(name)) {
            return download(dumps.folder().resolve(name), "text/plain;charset=us-ascii", name);
        }
        return ResponseEntity.notFound().build();
    }

    private static ResponseEntity<Resource> download(java.nio.file.Path path, String contentType, String name) {
        if (!Files.isRegularFile(path)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().headers(SecurityHeaders.forData())
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(new FileSystemResource(path));
    }

    private ResponseEntity<byte[]> represent(HttpServletRequest request, Representation representation, boolean negotiated) {
        String root = root(request);
        // the description names the server's own URLs, so it is kept per root
        ResultCache.Answer answer = cache.get("dataset " + root + " " + representation.suffix(),
                () -> render(root, representation));
        HttpHeaders headers = representation == Representation.HTML ? SecurityHeaders.forHtml() : SecurityHeaders.forData();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().headers(headers)
                .header(HttpHeaders.CONTENT_TYPE, answer.contentType());
        if (negotiated) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .header(HttpHeaders.CONTENT_LOCATION, "/dataset." + representation.suffix());
        }
        return response.body(answer.body());
    }

    private ResultCache.Answer render(String root, Representation representation) {
        DatasetStatistics stats = DatasetStatistics.read(reader);
        List<DumpFile> files = dumps.current();
        List<String> examples = reader.select(EXAMPLES, Map.of()).stream().map(r -> r.iri("x"))
                .filter(x -> x != null).distinct().toList();
        Model description = DatasetDescription.describe(root, base, stats, files, examples);
        if (representation == Representation.HTML) {
            return new ResultCache.Answer(DatasetPage.render(base, root, stats, files, examples)
                    .getBytes(StandardCharsets.UTF_8), representation.contentType());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, representation.rdfFormat().orElseThrow());
        return new ResultCache.Answer(out.toByteArray(), representation.contentType());
    }

    static String root(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int path = url.indexOf(request.getRequestURI(), url.indexOf("//") + 2);
        return (path < 0 ? url : url.substring(0, path)) + request.getContextPath();
    }
}

package org.reformgraph.api.write;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.api.limits.RequestLimits;
import org.reformgraph.api.limits.RequestTooLargeException;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.catalog.PlanMetadataBuilder;
import org.reformgraph.loader.pipeline.LoadReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/plans}: loads one plan's text, with the metadata the command line's {@code load} takes (id,
 * jurisdiction, level, within, year, title), and answers with what the loader did. The file comes as the
 * {@code file} part of a multipart form, or as the raw body ({@code text/plain} or {@code application/octet-stream})
 * with the metadata in the query string. Only registered when writes are enabled; the token filter guards it.
 */
@RestController
@org.springframework.context.annotation.Conditional(WritesEnabled.class)
public class PlanUploadController {
    public static final String PATH = "/api/plans";

    private final PlanUploads uploads;
    private final RequestLimits limits;

    public PlanUploadController(PlanUploads uploads, RequestLimits limits) {
        this.uploads = uploads;
        this.limits = limits;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> multipart(@RequestPart(name = "file", required = false) MultipartFile file,
                                         @RequestParam Map<String, String> metadata) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadUploadException("the multipart form has no (or an empty) part named 'file' with the plan's text");
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? fileNameFor(metadata) : file.getOriginalFilename();
        return load(metadata, fileName, file.getBytes());
    }

    @PostMapping(path = PATH, consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> raw(HttpServletRequest request, @RequestParam Map<String, String> metadata)
            throws IOException {
        return load(metadata, fileNameFor(metadata), readBody(request));
    }

    private Map<String, Object> load(Map<String, String> given, String fileName, byte[] bytes) {
        PlanMetadata plan = UploadMetadata.read(given, fileName);
        return describe(uploads.load(plan, fileName, bytes));
    }

    /** The body, read up to the upload limit whether or not the client said how long it is. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        long cap = limits.uploadSize().toBytes();
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) {
                throw new RequestTooLargeException(PATH, cap);
            }
            return bytes;
        }
    }

    /** A raw body has no file name: the loader's messages and the plan's provenance get one from the metadata. */
    private static String fileNameFor(Map<String, String> metadata) {
        String name = metadata.get("filename");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String id = metadata.get("id");
        if (id != null && !id.isBlank()) {
            return id.strip() + ".txt";
        }
        throw new BadUploadException("name the plan: give ?id=… (lowercase letters, digits and hyphens) or ?filename=…");
    }

    static Map<String, Object> describe(LoadReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", report.planId());
        out.put("graph", report.graphIri());
        out.put("measures", report.measures());
        out.put("attributions", report.attributions());
        out.put("agencies", report.agencies());
        out.put("mentions", report.mentions());
        out.put("triples", report.triples());
        List<Map<String, Object>> warnings = report.warnings().stream().map(w -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("stage", w.stage());
            one.put("line", w.line());
            one.put("message", w.message());
            return one;
        }).toList();
        out.put("warnings", warnings);
        out.put("tookMillis", report.took().toMillis());
        return out;
    }

    @ExceptionHandler(LoadException.class)
    ResponseEntity<Map<String, Object>> unusable(LoadException e) {
        return error(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(BadUploadException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadUploadException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }

    /** Metadata or a request shape the upload cannot use; the message says what to send instead. */
    static final class BadUploadException extends RuntimeException {
        BadUploadException(String message) {
            super(message);
        }
    }

    /** The command line's {@code load} options, read from request parameters. */
    static final class UploadMetadata {
        static final List<String> NAMES = List.of("id", "jurisdiction", "level", "within", "year", "title", "filename");

        private UploadMetadata() {
        }

        static PlanMetadata read(Map<String, String> given, String fileName) {
            for (String name : given.keySet()) {
                if (!NAMES.contains(name)) {
                    throw new BadUploadException("unknown parameter '" + name + "'; a plan upload takes "
                            + String.join(", ", NAMES));
                }
            }
            try {
                return PlanMetadataBuilder.forFile(fileName)
                        .id(blankToNull(given.get("id")))
                        .jurisdiction(blankToNull(given.get("jurisdiction")))
                        .level(given.get("level") == null || given.get("level").isBlank() ? null : Level.parse(given.get("level")))
                        .within(blankToNull(given.get("within")))
                        .year(year(given.get("year")))
                        .title(blankToNull(given.get("title")))
                        .build();
            } catch (IllegalArgumentException e) {
                // the builder speaks of the command line's options; here they are parameters
                throw new BadUploadException(e.getMessage().replaceAll("--(jurisdiction|level|within|year|title) ?", "$1="));
            }
        }

        private static Integer year(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new BadUploadException("year '" + text + "' is not a year such as 2023");
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}

package org.reformgraph.api.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.reformgraph.api.linkeddata.pages.OntologyPage;
import org.reformgraph.api.named.ResultCache;
import org.reformgraph.api.linkeddata.pages.PageRenderer;
import org.reformgraph.ontology.OntologyResources;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dereferenceable IRIs. A resource's IRI names the thing (a plan, an agency), not a document, so, as
 * legislation.gov.uk and Wikidata do, {@code GET /id/X} answers {@code 303 See Other} pointing to the document that
 * describes it in the negotiated format, {@code /id/X.ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt} or
 * {@code .html}; those document URLs answer 200 directly, whatever the Accept header. The same holds for the concept
 * schemes ({@code /scheme/…}) and the ontology ({@code /ontology}). Unknown IRIs get 404; an Accept header naming no
 * format we have gets 406.
 */
@RestController
public class LinkedDataController {
    /** The VoID/DCAT description of the dataset is a resource under the base too. */
    static final String DATASET_LOCAL_NAME = "dataset";

    private final ResourcePaths paths;
    private final ResourceDescriber describer;
    private final PageRenderer pages;
    private final OntologyPage ontologyPage;
    private final DocumentCache cache;

    public LinkedDataController(ResourcePaths paths, ResourceDescriber describer, PageRenderer pages,
                                OntologyPage ontologyPage, DocumentCache cache) {
        this.cache = cache;
        this.paths = paths;
        this.describer = describer;
        this.pages = pages;
        this.ontologyPage = ontologyPage;
    }

    @GetMapping({"/id/**", "/scheme/**", "/ontology", "/ontology.{suffix}"})
    public ResponseEntity<byte[]> dereference(HttpServletRequest request,
                                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        DocumentPath document = DocumentPath.of(path);
        if (document.thing().equals(ResourcePaths.ID + DATASET_LOCAL_NAME)) {
            return seeOther("/dataset" + document.suffix().map(r -> "." + r.suffix()).orElse(""));
        }
        Optional<String> iri = paths.iriOf(document.thing());
        if (iri.isEmpty()) {
            return notFound(path);
        }
        if (document.suffix().isEmpty()) {
            if (!describer.exists(iri.get())) {
                return notFound(path);
            }
            Optional<Representation> chosen = AcceptNegotiation.choose(accept);
            if (chosen.isEmpty()) {
                return notAcceptable(accept);
            }
            return seeOther(document.thing() + "." + chosen.get().suffix());
        }
        Representation representation = document.suffix().get();
        // an empty body stands for "nothing known", so that a miss is cached like a hit
        ResultCache.Answer answer = cache.get(iri.get() + " " + representation.suffix(),
                () -> describer.describe(iri.get())
                        .map(description -> render(iri.get(), description, document.thing(), representation))
                        .orElse(new ResultCache.Answer(new byte[0], "")));
        if (answer.body().length == 0) {
            return notFound(path);
        }
        HttpHeaders headers = representation == Representation.HTML ? SecurityHeaders.forHtml() : SecurityHeaders.forData();
        return ResponseEntity.ok().headers(headers).header(HttpHeaders.CONTENT_TYPE, answer.contentType()).body(answer.body());
    }

    private ResultCache.Answer render(String iri, Model description, String thing, Representation representation) {
        if (representation == Representation.HTML) {
            String html = iri.equals(OntologyResources.ONTOLOGY_IRI)
                    ? ontologyPage.render(description)
                    : pages.render(iri, description, thing);
            return new ResultCache.Answer(html.getBytes(StandardCharsets.UTF_8), representation.contentType());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, representation.rdfFormat().orElseThrow());
        return new ResultCache.Answer(out.toByteArray(), representation.contentType());
    }

    static ResponseEntity<byte[]> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .headers(SecurityHeaders.forData())
                .build();
    }

    static ResponseEntity<byte[]> notFound(String path) {
        return plain(HttpStatus.NOT_FOUND, "Nothing is known of " + path + "\n");
    }

    static ResponseEntity<byte[]> notAcceptable(String accept) {
        String offered = Stream.of(Representation.values()).map(Representation::mediaType).collect(Collectors.joining(", "));
        return plain(HttpStatus.NOT_ACCEPTABLE, "None of the formats asked for (" + accept + ") is available; ask for one of: "
                + offered + ", or add a suffix (.ttl, .jsonld, .rdf, .nt, .html)\n");
    }

    private static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).headers(SecurityHeaders.forData())
                .header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(message.getBytes(StandardCharsets.UTF_8));
    }

    /** A request path split into the thing's path and the suffix of the document asked for, if any. */
    record DocumentPath(String thing, Optional<Representation> suffix) {
        static DocumentPath of(String path) {
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            if (dot > slash) {
                Optional<Representation> r = Representation.bySuffix(path.substring(dot + 1));
                if (r.isPresent()) {
                    return new DocumentPath(path.substring(0, dot), r);
                }
            }
            return new DocumentPath(path, Optional.empty());
        }
    }
}

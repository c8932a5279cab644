package org.reformgraph.bench.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import com.hankcs.hanlp.HanLP;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.ontology.RG;

/**
 * Builds the {@code catalog.ttl} of a synthetic corpus in the form of {@code seeds/catalog.ttl}: a dcat:Catalog whose
 * dcat:Datasets are the plans, each with its jurisdiction (rdfs:label, rg:level, rg:within) and a dcat:Distribution
 * naming its file (rg:sourceFile). IRIs are written relative (<plan/{id}>), so the loader resolves them against its
 * own base IRI as it does the seeds'. Only metadata is held (a few dozen triples a plan), never plan text.
 */
final class CatalogWriter {
    /** a stand-in base the IRIs are built under and written relative to; it never reaches the file */
    private static final String BASE = "http://synth.invalid/";
    private static final Resource TEXT_PLAIN = org.apache.jena.rdf.model.ResourceFactory
            .createResource("https://www.iana.org/assignments/media-types/text/plain");

    private final Model model = ModelFactory.createDefaultModel();
    private final Resource catalog;
    private final Map<Jurisdiction, Resource> jurisdictions = new HashMap<>();
    private final java.util.Set<String> usedIris = new java.util.HashSet<>();

    CatalogWriter(String title, long seed) {
        model.setNsPrefix("rg", RG.NS);
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        catalog = model.createResource(BASE + "catalog", DCAT.Catalog)
                .addProperty(DCTerms.title, model.createLiteral(title, "en"))
                .addProperty(DCTerms.description, model.createLiteral(
                        "Synthetic plans written by org.reformgraph.bench.synth.CorpusGenerator with seed " + seed
                                + "; every text has an answer key NAME.gold.json beside it.", "en"));
    }

    void add(PlanMetadata plan, long byteSize, String encoding) {
        Resource dataset = model.createResource(BASE + "plan/" + plan.id())
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(RDF.type, RG.Plan)
                .addProperty(DCTerms.identifier, plan.id())
                .addProperty(DCTerms.title, model.createLiteral(plan.title(), "zh"))
                .addProperty(DCTerms.issued, model.createTypedLiteral(plan.issued().toString(), XSDDatatype.XSDdate))
                .addProperty(RG.documentNumber, plan.documentNumber())
                .addProperty(RG.issuerName, model.createLiteral(plan.issuer(), "zh"))
                .addLiteral(RG.draft, plan.draft())
                .addProperty(RG.jurisdiction, jurisdiction(plan.jurisdiction()));
        Resource distribution = model.createResource(BASE + "plan/" + plan.id() + "/source", DCAT.Distribution)
                .addProperty(RG.sourceFile, plan.sourceFile())
                .addProperty(DCAT.mediaType, TEXT_PLAIN)
                .addProperty(DCAT.byteSize, model.createTypedLiteral(Long.toString(byteSize), XSDDatatype.XSDinteger))
                .addProperty(RG.encoding, encoding);
        dataset.addProperty(DCAT.distribution, distribution);
        catalog.addProperty(DCAT.dataset, dataset);
    }

    private Resource jurisdiction(Jurisdiction j) {
        Resource known = jurisdictions.get(j);
        if (known != null) {
            return known;
        }
        // an IRI per distinct (name, level, parent) path: two 鼓楼区 of two cities stay apart
        String key = j.within() == null ? "" : jurisdiction(j.within()).getURI().substring(BASE.length()) + "/";
        String prefix = key.isEmpty() ? BASE + "jurisdiction/" : BASE + key;
        String iri = prefix + slug(j.name());
        // pinyin collides (山西省 and 陕西省 are both shanxisheng): later names get -2, -3 …
        for (int n = 2; usedIris.contains(iri); n++) {
            iri = prefix + slug(j.name()) + "-" + n;
        }
        usedIris.add(iri);
        Resource node = model.createResource(iri, RG.Jurisdiction)
                .addProperty(RDFS.label, model.createLiteral(j.name(), "zh"))
                .addProperty(RG.level, model.createResource(RG.NS + capitalised(j.level().slug())));
        if (j.within() != null) {
            node.addProperty(RG.within, jurisdiction(j.within()));
        }
        jurisdictions.put(j, node);
        return node;
    }

    /** 曲靖市 → qujingshi: pinyin is only a readable key here, so a polyphone read wrongly does no harm. */
    private static String slug(String name) {
        String pinyin = HanLP.convertToPinyinString(name, "", false).toLowerCase(java.util.Locale.ROOT);
        String slug = pinyin.replaceAll("[^a-z]", "");
        return slug.isEmpty() ? "j" + Integer.toHexString(name.hashCode() & 0x7fffffff) : slug;
    }

    /** the catalog first, then plans and their distributions by IRI, then jurisdictions */
    private static int order(Resource subject) {
        String iri = subject.getURI();
        return iri.endsWith("/catalog") ? 0 : iri.startsWith(BASE + "plan/") ? 1 : 2;
    }

    private static String capitalised(String slug) {
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        // a stream of subjects in a fixed order (catalog, plans with their distributions, jurisdictions) makes the
        // file readable and byte-identical run after run
        StreamRDF stream = StreamRDFWriter.getWriterStream(buffer, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        stream.base(BASE);
        model.getNsPrefixMap().forEach(stream::prefix);
        List<Resource> subjects = new ArrayList<>(model.listSubjects().toList());
        subjects.sort(Comparator.comparing((Resource r) -> order(r)).thenComparing(Resource::getURI));
        for (Resource subject : subjects) {
            List<Statement> statements = new ArrayList<>(subject.listProperties().toList());
            statements.sort(Comparator.comparing((Statement st) -> !st.getPredicate().equals(RDF.type))
                    .thenComparing(st -> st.getPredicate().getURI())
                    .thenComparing(st -> st.getObject().toString()));
            statements.forEach(st -> stream.triple(st.asTriple()));
        }
        stream.finish();
        StringBuilder text = new StringBuilder(
                "# A synthetic plan corpus (see docs/SYNTHETIC.md). IRIs are relative: the loader resolves them against its\n"
                        + "# base IRI, as it does those of seeds/catalog.ttl.\n");
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
            // the stand-in base goes; relative IRIs stay relative
            if (!line.startsWith("BASE ") && !line.startsWith("@base ")) {
                text.append(line).append('\n');
            }
        }
        if (text.indexOf(BASE) >= 0) {
            throw new IllegalStateException("the catalog writer left an absolute stand-in IRI in the output");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}

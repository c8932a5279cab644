package org.reformgraph.loader.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.ontology.RG;

/**
 * Reads a folder's {@code catalog.ttl}: a DCAT catalog whose datasets are the plans (see {@code seeds/catalog.ttl}).
 * Relative IRIs in the file are resolved against the loader's base IRI. A plan's id is its {@code dct:identifier}; the
 * entry's own IRI (by convention {@code <plan/{id}>}) only links the file together, since the catalog graph is minted
 * anew from the id. Every problem names the catalog file and the entry; nothing is read half-way.
 */
public final class CatalogReader {
    public static final String FILE_NAME = "catalog.ttl";
    private static final int MAX_NESTING = 8;

    private final String base;

    public CatalogReader(String base) {
        this.base = IriMinter.checkBase(base);
    }

    public Catalog read(Path catalogFile) {
        String where = catalogFile.toString();
        if (!Files.isRegularFile(catalogFile)) {
            throw new LoadException(where, 0, "no catalog file here: expected a Turtle DCAT catalog of the plans");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(catalogFile).base(base).lang(Lang.TURTLE).parse(model);
        } catch (RiotException e) {
            throw new LoadException(where, 0, "not valid Turtle: " + e.getMessage(), e);
        }
        List<Resource> entries = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        entries.sort(Comparator.comparing(Resource::getURI, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (entries.isEmpty()) {
            throw new LoadException(where, 0, "the catalog has no dcat:Dataset entries");
        }
        List<PlanMetadata> plans = new ArrayList<>();
        Map<String, String> entryById = new HashMap<>();
        Map<String, String> entryByFile = new HashMap<>();
        for (Resource entry : entries) {
            Entry reading = new Entry(where, entry);
            PlanMetadata plan = reading.plan();
            String previous = entryById.putIfAbsent(plan.id(), reading.name);
            if (previous != null) {
                throw reading.error("duplicate id '" + plan.id() + "', also used by entry " + previous);
            }
            previous = entryByFile.putIfAbsent(plan.sourceFile(), reading.name);
            if (previous != null) {
                throw reading.error("source file " + plan.sourceFile() + " is also the source of entry " + previous);
            }
            Path source = catalogFile.toAbsolutePath().getParent().resolve(plan.sourceFile());
            if (!Files.isRegularFile(source)) {
                throw reading.error("source file " + plan.sourceFile() + " is missing: expected it at " + source);
            }
            plans.add(plan);
        }
        return new Catalog(catalogFile, plans);
    }

    /** One dcat:Dataset of the catalog, read into plan metadata. */
    private final class Entry {
        private final String where;
        private final Resource entry;
        private final String name;

        Entry(String where, Resource entry) {
            this.where = where;
            this.entry = entry;
            this.name = entry.isURIResource() ? "<" + relative(entry.getURI()) + ">" : "(a blank node)";
        }

        PlanMetadata plan() {
            String id = requiredString(entry, DCTerms.identifier);
            if (!IriMinter.isPlanId(id)) {
                throw error("bad id '" + id + "': expected lowercase ASCII letters and digits joined by single hyphens, e.g. wuhan-2023");
            }
            Resource distribution = requiredResource(entry, DCAT.distribution);
            String sourceFile = requiredString(distribution, RG.sourceFile);
            if (sourceFile.isBlank() || sourceFile.contains("/") || sourceFile.contains("\\") || sourceFile.startsWith(".")) {
                throw error("rg:sourceFile '" + sourceFile + "' must be a plain file name in the catalog's folder");
            }
            Resource source = optionalResource(entry, DCTerms.source);
            return new PlanMetadata(id,
                    optionalString(entry, DCTerms.title),
                    optionalString(entry, RG.documentNumber),
                    optionalString(entry, RG.issuerName),
                    date(),
                    optionalInt(entry, RG.year),
                    optionalString(entry, RG.yearNote),
                    optionalBoolean(entry, RG.draft),
                    jurisdiction(requiredResource(entry, RG.jurisdiction), 0),
                    sourceFile,
                    source == null ? null : source.getURI());
        }

        private LocalDate date() {
            String text = optionalString(entry, DCTerms.issued);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error("dct:issued '" + text + "' is not a date: expected YYYY-MM-DD");
            }
        }

        private Jurisdiction jurisdiction(Resource node, int depth) {
            if (depth > MAX_NESTING) {
                throw error("rg:within nests too deeply (a cycle?) at " + describe(node));
            }
            String name = requiredString(node, RDFS.label);
            Resource levelNode = requiredResource(node, RG.level);
            Level level = level(levelNode);
            Resource withinNode = optionalResource(node, RG.within);
            Jurisdiction within = withinNode == null ? null : jurisdiction(withinNode, depth + 1);
            // a city counts for itself; anything below a city counts for that city
            Jurisdiction city = level == Level.CITY || level == Level.PROVINCE || level == Level.NATION || within == null
                    ? null : within.countsForCity();
            return new Jurisdiction(name, level, within, city);
        }

        private Level level(Resource levelNode) {
            String iri = levelNode.isURIResource() ? levelNode.getURI() : "";
            if (iri.startsWith(RG.NS)) {
                String local = iri.substring(RG.NS.length());
                for (Level level : Level.values()) {
                    if (local.equalsIgnoreCase(level.name())) {
                        return level;
                    }
                }
            }
            throw error("unknown level " + describe(levelNode) + ": expected one of rg:Nation, rg:Province, rg:City, rg:District, rg:Township");
        }

        private String requiredString(Resource subject, Property property) {
            String value = optionalString(subject, property);
            if (value == null) {
                throw error("no " + shortName(property) + (subject.equals(entry) ? "" : " on " + describe(subject)));
            }
            return value;
        }

        private String optionalString(Resource subject, Property property) {
            RDFNode value = single(subject, property);
            if (value == null) {
                return null;
            }
            if (!value.isLiteral()) {
                throw error(shortName(property) + " must be a literal, found " + describe(value));
            }
            return value.asLiteral().getLexicalForm().strip();
        }

        private Integer optionalInt(Resource subject, Property property) {
            String text = optionalString(subject, property);
            try {
                return text == null ? null : Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw error(shortName(property) + " '" + text + "' is not a whole number");
            }
        }

        private boolean optionalBoolean(Resource subject, Property property) {
            RDFNode value = single(subject, property);
            if (value == null) {
                return false;
            }
            Literal literal = value.isLiteral() ? value.asLiteral() : null;
            if (literal == null || !(literal.getLexicalForm().equals("true") || literal.getLexicalForm().equals("false"))) {
                throw error(shortName(property) + " must be true or false, found " + describe(value));
            }
            return Boolean.parseBoolean(literal.getLexicalForm());
        }

        private Resource requiredResource(Resource subject, Property property) {
            Resource value = optionalResource(subject, property);
            if (value == null) {
                throw error("no " + shortName(property) + (subject.equals(entry) ? "" : " on " + describe(subject)));
            }
            return value;
        }

        private Resource optionalResource(Resource subject, Property property) {
            RDFNode value = single(subject, property);
            if (value != null && !value.isResource()) {
                throw error(shortName(property) + " must be an IRI, found " + describe(value));
            }
            return value == null ? null : value.asResource();
        }

        private RDFNode single(Resource subject, Property property) {
            List<Statement> statements = subject.listProperties(property).toList();
            if (statements.size() > 1) {
                throw error(shortName(property) + " is given " + statements.size() + " times" +
                        (subject.equals(entry) ? "" : " on " + describe(subject)) + ": expected at most one");
            }
            return statements.isEmpty() ? null : statements.get(0).getObject();
        }

        LoadException error(String message) {
            return new LoadException(where, 0, "entry " + name + ": " + message);
        }

        private String describe(RDFNode node) {
            if (node.isURIResource()) {
                return "<" + relative(node.asResource().getURI()) + ">";
            }
            return node.isLiteral() ? "\"" + node.asLiteral().getLexicalForm() + "\"" : "a blank node";
        }
    }

    private String relative(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    private static String shortName(Property property) {
        String uri = property.getURI();
        if (uri.startsWith(RG.NS)) {
            return "rg:" + property.getLocalName();
        }
        if (uri.startsWith(DCTerms.NS)) {
            return "dct:" + property.getLocalName();
        }
        if (uri.startsWith(DCAT.NS)) {
            return "dcat:" + property.getLocalName();
        }
        if (uri.startsWith(RDFS.uri)) {
            return "rdfs:" + property.getLocalName();
        }
        return "<" + uri + ">";
    }
}

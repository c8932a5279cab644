package org.reformgraph.api.linkeddata.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.api.linkeddata.GraphReader;
import org.reformgraph.api.linkeddata.ResourcePaths;
import org.reformgraph.api.linkeddata.html.PageLayout;
import org.reformgraph.ontology.RG;

/** The HTML page of a resource: the page of its kind (by rdf:type), or a plain table of its statements. */
public final class PageRenderer {
    private final GraphReader reader;
    private final ResourcePaths paths;
    // in order of precedence: a resource of several kinds gets the first page that applies
    private final Map<Resource, ResourcePage> pages = new LinkedHashMap<>();
    private final ResourcePage generic = new GenericPage();

    public PageRenderer(GraphReader reader, ResourcePaths paths) {
        this.reader = reader;
        this.paths = paths;
        pages.put(RG.Plan, new PlanPage());
        pages.put(RG.Measure, new MeasurePage());
        pages.put(RG.Agency, new AgencyPage());
        pages.put(RG.AgencyType, new AgencyTypePage());
        pages.put(RG.ReformType, new ReformTypePage());
        pages.put(RG.Topic, new TopicPage());
        pages.put(RG.Jurisdiction, new JurisdictionPage());
        pages.put(SKOS.ConceptScheme, new SchemePage());
        pages.put(SKOS.Concept, new ConceptPage());
    }

    /**
     * @param iri         the resource
     * @param description its description ({@link org.reformgraph.api.linkeddata.ResourceDescriber})
     * @param docPath     its document path without suffix, to link the other formats
     */
    public String render(String iri, Model description, String docPath) {
        PageContext c = new PageContext(iri, description, reader, paths);
        ResourcePage page = pageFor(c);
        return PageLayout.render(page.title(c), iri, docPath, w -> {
            page.body(c, w);
            StatementsSection.write(c, w, page == generic);
        });
    }

    private ResourcePage pageFor(PageContext c) {
        for (Map.Entry<Resource, ResourcePage> e : pages.entrySet()) {
            if (c.self().hasProperty(RDF.type, e.getKey())) {
                return e.getValue();
            }
        }
        return generic;
    }
}

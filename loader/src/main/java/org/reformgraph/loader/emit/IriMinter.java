package org.reformgraph.loader.emit;

import java.util.regex.Pattern;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.ontology.RG;

/**
 * Mints every IRI the loader writes, from content only (docs/MODEL.md, "IRIs"), so that a re-load mints the same
 * ones. Nothing else in the loader builds IRI strings.
 */
public final class IriMinter {
    private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The ontology and its schemes live in this graph whatever the base. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/reformgraph/ontology";

    private final String base;
    private final JurisdictionSlugger slugger;

    public IriMinter(String base, JurisdictionSlugger slugger) {
        this.base = checkBase(base);
        this.slugger = slugger;
    }

    /** Rejects a base that would glue path segments onto its last segment. */
    public static String checkBase(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#")) || !base.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
            throw new IllegalArgumentException("base IRI '" + base + "' must be an absolute IRI ending in / or #, e.g. "
                    + RG.DEFAULT_BASE);
        }
        return base;
    }

    /** Whether {@code id} may be a plan id: lowercase ASCII words joined by single hyphens. */
    public static boolean isPlanId(String id) {
        // "catalog" would collide with the catalog's graph, B graph/catalog
        return id != null && PLAN_ID.matcher(id).matches() && !id.equals("catalog");
    }

    public String base() {
        return base;
    }

    public String plan(String planId) {
        return base + "plan/" + checkId(planId);
    }

    public String graph(String planId) {
        return base + "graph/" + checkId(planId);
    }

    /** A part, section, measure or table row, by its outline path ({@code 2.1.3}, {@code t15}). */
    public String node(String planId, String path) {
        return plan(planId) + "/" + path;
    }

    public String attribution(String measureIri, int n) {
        return measureIri + "/attribution/" + n;
    }

    public String mention(String measureIri, int n) {
        return measureIri + "/mention/" + n;
    }

    /** A span by its code-point offsets in the original text. */
    public String span(String planId, int start, int end) {
        return plan(planId) + "/span/" + start + "-" + end;
    }

    public String loadRun(String planId) {
        return graph(planId) + "/load";
    }

    public String jurisdiction(Jurisdiction jurisdiction) {
        return base + "jurisdiction/" + slugger.slug(jurisdiction);
    }

    /** An agency by its resolver key {@code jurisdictionSlug/agencySlug}. */
    public String agency(String key) {
        return base + "agency/" + key;
    }

    public static String agencyType(String slug) {
        return RG.AGENCY_TYPE_NS + slug;
    }

    public String catalogGraph() {
        return base + "graph/catalog";
    }

    /** The dcat:Catalog resource itself (the graph that holds it is {@link #catalogGraph()}). */
    public String catalog() {
        return base + "catalog";
    }

    /** The plan's source text as a dcat:Distribution. */
    public String distribution(String planId) {
        return plan(planId) + "/source";
    }

    private static String checkId(String planId) {
        if (!isPlanId(planId)) {
            throw new IllegalArgumentException("plan id '" + planId + "' must be lowercase ASCII [a-z0-9-] (and not 'catalog')");
        }
        return planId;
    }
}

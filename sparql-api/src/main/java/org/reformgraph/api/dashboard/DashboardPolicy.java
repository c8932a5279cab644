package org.reformgraph.api.dashboard;

/**
 * The content security policy of the dashboard and the query editor. Like the linked-data pages' policy it allows
 * nothing from another origin and no inline script: scripts, data and images come from this server only. It differs in
 * two places, both forced by the libraries: ECharts and YASGUI write {@code style} attributes into the markup they
 * generate (tooltips, table cells, the editor's gutters), so inline styles are allowed, never inline scripts; and
 * charts are exported as PNG through {@code data:} URLs.
 */
public final class DashboardPolicy {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private DashboardPolicy() {
    }
}

package org.reformgraph.api.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.reformgraph.api.linkeddata.SecurityHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two pages: the overview at {@code /} and the query editor at {@code /editor}. Both are static files
 * ({@code static/dashboard/}) that draw themselves from the named queries; what is decided here is only the policy
 * they are served under, since the server's default policy for HTML allows no script at all.
 */
@Controller
public class DashboardController {
    static final String OVERVIEW = "/";
    static final String EDITOR = "/editor";

    @GetMapping(OVERVIEW)
    String overview(HttpServletResponse response) {
        return page(response, "index.html");
    }

    @GetMapping(EDITOR)
    String editor(HttpServletResponse response) {
        return page(response, "editor.html");
    }

    private static String page(HttpServletResponse response, String file) {
        SecurityHeaders.forHtml().forEach((name, values) -> response.setHeader(name, values.get(0)));
        // set before the file is written: the security filter then keeps it instead of adding its own
        response.setHeader("Content-Security-Policy", DashboardPolicy.CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-cache");
        return "forward:/dashboard/" + file;
    }
}

package org.reformgraph.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reformgraph.api.Http;
import org.reformgraph.api.clients.ClientsServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard and the query editor in a real browser (headless Debian chromium) against the server over the five
 * seeds: every view is drawn, with as many items as its named query returns, on a canvas that is not blank; the
 * language switch relabels; the CSV and PNG buttons download; the editor runs a query; and nothing the pages do
 * leaves this machine. Screenshots go to {@code target/screenshots/}.
 */
@ClientsServerTest
@EnabledIf(value = "org.reformgraph.api.dashboard.HeadlessChromium#installed",
        disabledReason = "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver, or "
                + "-Dreformgraph.chromium, -Dreformgraph.chromedriver): apt-get install chromium chromium-driver")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final List<String> CHARTS = List.of("headline", "targets", "network", "heatmap", "timeline");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The chart or graph the editor's result plugins drew in the active tab. */
    private static final String PLUGIN_CHART =
            "reformgraphEditor.getTab().getYasr().resultsEl.querySelector('.rg-plugin-chart')";

    /**
     * How many items a view's chart draws: a graph's edges, else its series' non-empty data. Series with an id
     * {@code extra-…} draw the same rows again another way (a breakdown, the span behind dots) and are not counted.
     */
    private static final String DRAWN_ITEMS = """
            const chart = echarts.getInstanceByDom(document.querySelector('[data-view="' + arguments[0] + '"] .chart'));
            let n = 0;
            for (const s of chart.getOption().series) {
              if (String(s.id).startsWith('extra')) continue;
              n += s.type === 'graph' ? s.links.length : s.data.filter(d => d !== null && d !== undefined).length;
            }
            return n;""";
    /** How many sampled pixels of the chart's canvas are painted (not transparent, not white). */
    private static final String PAINTED_PIXELS = """
            const canvas = document.querySelector('[data-view="' + arguments[0] + '"] .chart canvas');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let n = 0;
            for (let i = 0; i < data.length; i += 4 * 7) {
              if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) n++;
            }
            return n;""";

    /** One browser for the class, so that its logs cover every page the tests opened. */
    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    private Http http;

    /**
     * Without chromium the class-level condition above already skips every test, each with the reason, before the
     * server and its seeds are started; the assumption says the same should the browser vanish in between.
     */
    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(HeadlessChromium.installed(), "needs Debian's chromium and chromium-driver ("
                + HeadlessChromium.CHROMIUM + ", " + HeadlessChromium.CHROMEDRIVER + "): apt-get install chromium chromium-driver");
        chromium = new HeadlessChromium(1400, 3700);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void open(String path) {
        chromium.driver.get(url(path));
        chromium.waitUpTo(30).until(d -> !"".equals(String.valueOf(chromium.js("return document.body.dataset.ready || ''"))));
        assertEquals("true", chromium.js("return document.body.dataset.ready"), path + " did not finish loading");
    }

    private WebElement card(String view) {
        return chromium.driver.findElement(By.cssSelector("[data-view=\"" + view + "\"]"));
    }

    /** The rows the named query behind a view answers, fetched as the page's "named query" link names it. */
    private int apiRows(String view) throws IOException {
        String href = card(view).findElement(By.cssSelector(".card-source a")).getDomAttribute("href");
        HttpResponse<String> response = http.get(href, "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), href);
        return JSON.readTree(response.body()).path("results").path("bindings").size();
    }

    private int drawn(String view) {
        return ((Number) chromium.js(DRAWN_ITEMS, view)).intValue();
    }

    @Test
    @Order(1)
    void everyViewIsDrawnWithWhatItsNamedQueryReturns() throws IOException {
        chromium.js("localStorage.clear()"); // harmless on a fresh profile; the default language follows the browser's
        open("/");
        assertEquals(List.of(), chromium.consoleErrors(), "console errors on /");
        int plans = chromium.driver.findElements(By.cssSelector("[data-view=\"plans\"] tbody tr")).size();
        assertEquals(5, plans, "the five seed plans");
        assertEquals(apiRows("plans"), plans);
        for (String view : CHARTS) {
            assertEquals("drawn", card(view).getDomAttribute("data-state"), view);
            int rows = apiRows(view);
            assertTrue(rows > 0, view + ": the named query answers rows on the seeds");
            assertEquals(rows, drawn(view), view + ": one chart item per row of its named query");
            long painted = ((Number) chromium.js(PAINTED_PIXELS, view)).longValue();
            assertTrue(painted > 500, view + ": the canvas is all but blank (" + painted + " painted samples)");
            chromium.screenshot(card(view), "view-" + view);
        }
        chromium.screenshot("overview-zh");
    }

    @Test
    @Order(2)
    void theNetworkCanShowEveryReformTypeOrOnlyCrossCityOnes() throws IOException {
        open("/");
        int crossCity = drawn("network");
        card("network").findElement(By.cssSelector("input[name=crossCity]")).click();
        chromium.waitUpTo(15).until(d -> drawn("network") != crossCity);
        assertEquals(apiRows("network"), drawn("network"));
        assertTrue(drawn("network") > crossCity, "single-city reform types add edges");
        assertTrue(card("network").findElement(By.cssSelector(".card-source a")).getDomAttribute("href")
                .contains("minCities=1"));
    }

    @Test
    @Order(3)
    void theLanguageSwitchRelabelsThePageAndTheChartsAndIsRemembered() throws IOException {
        open("/");
        chromium.driver.findElement(By.cssSelector(".lang-switch button[data-lang=en]")).click();
        assertEquals("Business-environment reform graph", chromium.driver.findElement(By.tagName("h1")).getText());
        assertTrue(headlineCategories().contains("Market regulation administration"), headlineCategories().toString());
        assertEquals("Plan", chromium.driver.findElement(By.cssSelector("[data-view=plans] th")).getText());
        chromium.screenshot("overview-en");

        open("/"); // a fresh load of the page
        assertEquals("Business-environment reform graph", chromium.driver.findElement(By.tagName("h1")).getText(),
                "the choice outlives a reload");
        chromium.driver.findElement(By.cssSelector(".lang-switch button[data-lang=zh]")).click();
        assertEquals("营商环境改革知识图谱", chromium.driver.findElement(By.tagName("h1")).getText());
        assertTrue(headlineCategories().contains("市场监督管理局"), headlineCategories().toString());
        assertEquals("方案", chromium.driver.findElement(By.cssSelector("[data-view=plans] th")).getText());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @SuppressWarnings("unchecked")
    private List<String> headlineCategories() {
        return (List<String>) chromium.js("return echarts.getInstanceByDom(document.querySelector("
                + "'[data-view=\"headline\"] .chart')).getOption().yAxis[0].data");
    }

    @Test
    @Order(4)
    void csvDownloadIsTheNamedQuerysCsvAndPngDownloadIsTheChart() throws IOException {
        open("/");
        WebElement headline = card("headline");
        headline.findElement(By.cssSelector("a.csv")).click();
        Path csv = chromium.downloaded("cross-city-reform-types-by-lead-agency-type.csv");
        String expected = http.get("/api/queries/cross-city-reform-types-by-lead-agency-type?format=csv").body();
        assertEquals(expected, Files.readString(csv, StandardCharsets.UTF_8));
        assertTrue(expected.startsWith("agencyType,label_zh,label_en,crossCityReformTypes"), expected);

        card("heatmap").findElement(By.cssSelector("button.png")).click();
        Path png = chromium.downloaded("measures-per-topic-per-city.png");
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        assertTrue(bytes.length > 20_000, "a drawn chart, not an empty image: " + bytes.length + " bytes");
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    @Order(5)
    void theEditorRunsALibraryQueryAndShowsItsRowsAsTableChartAndGraph() throws IOException {
        chromium.driver.manage().window().setSize(new Dimension(1400, 1250));
        open("/editor");
        String editor = (String) chromium.js("return reformgraphEditor.getTab().getYasqe().getValue()");
        assertTrue(editor.contains("PREFIX rg:") && editor.contains("<https://w3id.org/reformgraph/ontology#>"),
                "the project's prefixes are filled in: " + editor);
        new Select(chromium.driver.findElement(By.id("examples"))).selectByValue("plans-overview");
        assertTrue(chromium.driver.findElement(By.id("example-desc")).getText().length() > 10, "the description is shown");
        runQuery();
        chromium.waitUpTo(20).until(d -> rowsShown() == 5);
        chromium.waitUpTo(10).until(d -> Boolean.TRUE.equals(chromium.js(
                "return !!document.querySelector('#yasgui .yasr a[href^=\"/id/plan/\"]')")));
        assertEquals(0L, chromium.js("return document.querySelectorAll('#yasgui .yasr a[href^=\"https://w3id.org/reformgraph/id/\"]').length"),
                "the graph's IRIs link to their pages here");

        new Select(chromium.driver.findElement(By.id("examples"))).selectByValue("cross-city-reform-types-by-lead-agency-type");
        runQuery();
        int rows = JSON.readTree(http.get("/api/queries/cross-city-reform-types-by-lead-agency-type").body())
                .path("results").path("bindings").size();
        chromium.waitUpTo(20).until(d -> rowsShown() == rows);
        plugin("chart");
        assertEquals(rows, ((Number) chromium.js("return echarts.getInstanceByDom(" + PLUGIN_CHART + ").getOption().series[0].data.length")).intValue());
        chromium.screenshot("editor-chart");

        new Select(chromium.driver.findElement(By.id("examples"))).selectByValue("agency-type-reform-type-network");
        runQuery();
        int edges = JSON.readTree(http.get("/api/queries/agency-type-reform-type-network").body())
                .path("results").path("bindings").size();
        chromium.waitUpTo(20).until(d -> rowsShown() > 0);
        plugin("graph");
        chromium.waitUpTo(10).until(d -> Boolean.TRUE.equals(chromium.js(
                "return !!" + PLUGIN_CHART)));
        assertEquals(edges, ((Number) chromium.js("return echarts.getInstanceByDom(" + PLUGIN_CHART + ").getOption().series[0].links.length")).intValue());
        chromium.screenshot("editor-graph");
        plugin("table");
        chromium.screenshot("editor-table");

        chromium.driver.findElement(By.cssSelector(".lang-switch button[data-lang=en]")).click();
        assertEquals("Choose an example…", new Select(chromium.driver.findElement(By.id("examples"))).getOptions().get(0).getText());
        assertTrue(((WebElement) chromium.js("return reformgraphEditor.getTab().getYasr().rootEl.querySelector('.select_graph')"))
                .getText().contains("Graph"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private void runQuery() {
        ((WebElement) chromium.js("return reformgraphEditor.getTab().getYasqe().getWrapperElement()"
                + ".parentElement.querySelector('.yasqe_queryButton')")).click();
    }

    private long rowsShown() {
        Object info = chromium.js("const r = reformgraphEditor.getTab().getYasr().results;"
                + "return r && r.getBindings ? (r.getBindings() || []).length : -1");
        return ((Number) info).longValue();
    }

    private void plugin(String name) {
        ((WebElement) chromium.js("return reformgraphEditor.getTab().getYasr().rootEl.querySelector('.select_' + arguments[0])",
                name)).click();
    }

    @Test
    @Order(6)
    void onANarrowScreenTheViewsStackAndNothingOverflowsThePage() throws IOException {
        chromium.driver.manage().window().setSize(new Dimension(420, 2400));
        open("/");
        Number pageWidth = (Number) chromium.js("return document.documentElement.scrollWidth");
        Number viewport = (Number) chromium.js("return window.innerWidth");
        assertTrue(pageWidth.intValue() <= viewport.intValue(), pageWidth + " wider than " + viewport);
        int headlineLeft = card("headline").getRect().getX();
        assertEquals(headlineLeft, card("targets").getRect().getX(), "one column");
        assertTrue(card("targets").getRect().getY() > card("headline").getRect().getY());
        assertTrue(drawn("heatmap") > 0);
        chromium.screenshot("overview-narrow");
        assertEquals(List.of(), chromium.consoleErrors());
    }

    /** Run last: everything the pages above asked for, over the whole session. */
    @Test
    @Order(100)
    void noRequestLeftThisMachineAndNoneWasThrottled() {
        List<String> urls = chromium.requestedUrls();
        assertTrue(urls.size() > 20, "the log saw the pages' requests: " + urls);
        List<String> elsewhere = urls.stream().filter(u -> !HeadlessChromium.staysHere(u)).toList();
        assertEquals(List.of(), elsewhere, "requests to another host");
        assertFalse(chromium.statuses().contains(429), "a page's parallel requests were rate limited");
        assertTrue(urls.stream().anyMatch(u -> u.contains("/webjars/zazuko__yasgui/")), "YASGUI came from this server");
        assertTrue(urls.stream().anyMatch(u -> u.contains("/webjars/echarts/")), "ECharts came from this server");
        assertTrue(urls.stream().anyMatch(u -> u.contains("/api/queries/reform-diffusion-timeline")), urls.toString());
    }
}

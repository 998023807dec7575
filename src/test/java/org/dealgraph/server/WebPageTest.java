package org.dealgraph.server;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page in a real browser: Debian's headless Chromium driven by Selenium, against the
 * server that {@code serve} starts, on the bundled articles. Skipped, with a message, where
 * {@code chromium} and {@code chromedriver} are not installed ({@code .ci/run} installs them).
 * Screenshots of each view go to {@code target/screenshots}, or with
 * {@code -Ddealgraph.screenshots=docs/screenshots} to the folder README shows.
 */
class WebPageTest {
    private static final String TIKTOK = "https://w3id.org/dealgraph/id/tiktok";
    private static final String PREFIXES = "PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    /** Selenium warns that it has no DevTools binding for this Chromium; these tests use WebDriver only. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    @TempDir
    static Path dir;
    static DealGraph graph;
    static SparqlEndpoint endpoint;
    static SparqlEndpoint limited;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        CDP.setLevel(Level.SEVERE);
        Optional<Path> chromium = executable("chromium", "chromium-browser");
        Optional<Path> driver = executable("chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "web page tests skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
        graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(10)));
        limited = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(10)).withResultLimit(2));
        base = "http://127.0.0.1:" + endpoint.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--lang=en-GB", "--no-first-run", "--disable-extensions");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (endpoint != null) {
            endpoint.close();
            limited.close();
            graph.close();
        }
    }

    /** Every test ends with a console free of errors (failed requests, script errors). */
    @AfterEach
    void consoleHasNoErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }

    private static Optional<Path> executable(String... names) {
        for (String name : names) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void open(String fragment) {
        browser.get(base + "/" + fragment);
        // a fresh load each time, so one test's state never leaks into the next
        browser.navigate().refresh();
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return document.querySelectorAll('#canned option').length > 1"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void pageLoadsFromTheServerAlone() {
        open("");
        assertEquals("dealgraph", browser.getTitle());
        assertTrue(browser.findElements(By.cssSelector(".CodeMirror")).size() == 1, "the SPARQL editor is a CodeMirror editor");
        List<String> external = browser.findElements(By.cssSelector("script[src], link[href]")).stream()
                .map(e -> e.getAttribute("src") != null ? e.getAttribute("src") : e.getAttribute("href"))
                .filter(u -> !u.startsWith(base) && !u.startsWith("data:")).toList();
        assertEquals(List.of(), external, "everything the page loads comes from the server");
        Select canned = new Select(browser.findElement(By.id("canned")));
        assertEquals(WebApi.QUERY_NAMES.size() + 1, canned.getOptions().size(), "every canned query offered");
    }

    @Test
    void cannedQueryRunsAndShowsSortableRows() throws IOException {
        open("#query");
        new Select(browser.findElement(By.id("canned"))).selectByValue("partners");
        browser.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results tbody tr")));
        List<Map<String, String>> expected = graph.selectStrings(query("partners"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertEquals(expected.size(), rows.size());
        assertTrue(browser.findElement(By.id("query-status")).getText().startsWith(expected.size() + " rows"));
        browser.findElement(By.cssSelector("#results th button")).click();
        List<String> sorted = browser.findElements(By.cssSelector("#results tbody tr td:first-child")).stream().map(WebElement::getText).toList();
        assertEquals(expected.stream().map(r -> r.get("partner")).sorted(String.CASE_INSENSITIVE_ORDER).toList(), sorted);
        screenshot("query");
    }

    @Test
    void resultsShowIrisAsLinksAndReportTheResultLimit() {
        browser.get("http://127.0.0.1:" + limited.port() + "/");
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return document.querySelectorAll('#canned option').length > 1"));
        js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])",
                "SELECT ?e WHERE { ?e a dg:Organization } ORDER BY ?e");
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results tbody tr")));
        assertEquals(2, browser.findElements(By.cssSelector("#results tbody tr")).size());
        String status = browser.findElement(By.id("query-status")).getText();
        assertTrue(status.contains("result limit of 2") && status.contains("added dg:"), status);
        String href = browser.findElement(By.cssSelector("#results td a")).getAttribute("href");
        assertTrue(href.contains("#company/https%3A%2F%2Fw3id.org%2Fdealgraph%2Fid%2F"), href);
    }

    @Test
    void searchFindsTikTokFromItsFirstLettersAndOpensItsPage() {
        open("#query");
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys("tikt");
        WebElement first = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-list [role=option]")));
        assertEquals("TikTok", first.findElement(By.className("label")).getText());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBe(By.id("company-name"), "TikTok"));
        String facts = browser.findElement(By.cssSelector("section.facts")).getText();
        assertTrue(facts.contains("partnersWith") && facts.contains("UnitedMasters"), facts);
        assertTrue(browser.findElements(By.cssSelector("section.deals tbody tr")).size() > 0, "TikTok's deals listed");
        assertTrue(browser.findElements(By.cssSelector("section.articles li")).size() > 0, "the articles that mention TikTok listed");
        screenshot("company");
    }

    @Test
    void graphDrawsTikToksPartnersWithTheirEdges() {
        drawPartners();
        Set<String> partners = new HashSet<>();
        graph.selectStrings(PREFIXES + "SELECT DISTINCT ?p WHERE { { ?f rdf:subject <" + TIKTOK + "> ; rdf:object ?p } UNION "
                + "{ ?f rdf:object <" + TIKTOK + "> ; rdf:subject ?p } ?f rdf:predicate dg:partnersWith }").forEach(r -> partners.add(r.get("p")));
        partners.add(TIKTOK);
        String in = partners.stream().map(p -> "<" + p + ">").reduce("", (a, b) -> a + " " + b);
        long pairs = graph.selectStrings(PREFIXES + "SELECT DISTINCT ?a ?b WHERE { VALUES ?s {" + in + "} VALUES ?o {" + in + "} "
                + "?f rdf:subject ?s ; rdf:predicate dg:partnersWith ; rdf:object ?o . "
                + "BIND(IF(STR(?s) < STR(?o), ?s, ?o) AS ?a) BIND(IF(STR(?s) < STR(?o), ?o, ?s) AS ?b) }").size();
        assertTrue(partners.size() > 3, "the bundled articles name several partners of TikTok");
        assertEquals(partners.size(), ((Number) js("return window.dealgraphGraph.nodes().length")).intValue());
        assertEquals(pairs, ((Number) js("return window.dealgraphGraph.edges().length")).intValue());
        assertEquals(pairs, browser.findElements(By.cssSelector("#edge-list li")).size(), "the keyboard's edge list holds the same edges");
        assertTrue(browser.findElement(By.id("legend")).getText().contains("partnersWith"));
    }

    @Test
    void clickingAnEdgeShowsTheSentenceBehindIt() {
        drawPartners();
        // the edge to UnitedMasters, clicked on the canvas where the browser drew it
        @SuppressWarnings("unchecked")
        Map<String, Object> mid = (Map<String, Object>) js("const e = window.dealgraphGraph.edges().filter(x => x.target().id().endsWith('/unitedmasters') "
                + "|| x.source().id().endsWith('/unitedmasters'))[0]; const p = e.renderedMidpoint(); "
                + "const r = document.getElementById('cy').getBoundingClientRect(); return {x: p.x, y: p.y, w: r.width, h: r.height};");
        WebElement canvas = browser.findElement(By.id("cy"));
        int dx = (int) Math.round(((Number) mid.get("x")).doubleValue() - ((Number) mid.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) mid.get("y")).doubleValue() - ((Number) mid.get("h")).doubleValue() / 2);
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
        WebElement quote = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence blockquote")));
        String sentence = graph.selectStrings(PREFIXES + "SELECT ?s WHERE { ?f rdf:predicate dg:partnersWith ; dg:evidence ?s ; "
                + "rdf:subject|rdf:object <https://w3id.org/dealgraph/id/unitedmasters> }").get(0).get("s");
        assertEquals(sentence, quote.getText());
        String source = browser.findElement(By.cssSelector("#evidence .source")).getText();
        assertTrue(source.contains("extractor") && source.contains("confidence") && source.contains("2020-08-17"), source);
        screenshot("graph");
    }

    @Test
    void exportButtonsDownloadTheViewForGephi() throws Exception {
        drawPartners();
        String href = browser.findElement(By.id("export-gexf")).getAttribute("href");
        HttpResponse<String> gexf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, gexf.statusCode());
        assertTrue(gexf.headers().firstValue("Content-Disposition").orElse("").contains(".gexf"));
        long nodes = ((Number) js("return window.dealgraphGraph.nodes().length")).longValue();
        assertEquals(nodes, count(gexf.body(), "<node "), "the GEXF holds the view's nodes");
        String graphml = browser.findElement(By.id("export-graphml")).getAttribute("href");
        HttpResponse<String> g = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(graphml)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(g.body().contains("<graphml"), "GraphML");
        String csv = browser.findElement(By.id("export-csv")).getAttribute("href");
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aBusyNeighbourhoodIsCappedWithANotice() {
        // max=3 stands in for the default cap of 150 nodes, which the bundled articles do not reach
        browser.get(base + "/?max=3#graph/" + URLEncoder.encode(TIKTOK, StandardCharsets.UTF_8));
        waiting().until(d -> (Boolean) js("return !!window.dealgraphGraph"));
        assertEquals(3, ((Number) js("return window.dealgraphGraph.nodes().length")).intValue());
        String notice = browser.findElement(By.id("graph-notice")).getText();
        assertTrue(notice.contains("capped at 3 nodes"), notice);
    }

    private static void drawPartners() {
        open("#graph/" + URLEncoder.encode(TIKTOK, StandardCharsets.UTF_8));
        waiting().until(d -> (Boolean) js("return !!window.dealgraphGraph"));
        js("window.dealgraphGraph = null");
        new Select(browser.findElement(By.id("graph-relation"))).selectByValue("partnersWith");
        browser.findElement(By.id("graph-draw")).click();
        waiting().until(d -> (Boolean) js("return !!window.dealgraphGraph"));
    }

    private static long count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String query(String name) throws IOException {
        return Files.readString(TestPipeline.home().resolve("queries/" + name + ".rq"));
    }

    /** A screenshot of the window at three quarters of its size, so README's pictures stay small. */
    private static void screenshot(String name) {
        Path out = Path.of(System.getProperty("dealgraph.screenshots", TestPipeline.home().resolve("target/screenshots").toString()));
        if (!out.isAbsolute()) {
            out = TestPipeline.home().resolve(out);
        }
        try {
            BufferedImage full = ImageIO.read(new ByteArrayInputStream(((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
            int w = full.getWidth() * 3 / 4;
            int h = full.getHeight() * 3 / 4;
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(full, 0, 0, w, h, null);
            g.dispose();
            Files.createDirectories(out);
            ImageIO.write(small, "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write screenshot " + name, e);
        }
    }
}

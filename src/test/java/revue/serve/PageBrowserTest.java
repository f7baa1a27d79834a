package revue.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Revue;

/**
 * The page in a real headless Chromium over the bundled corpus: what an analyst does, by mouse and
 * keyboard, with a screenshot of each state under target/screenshots/. Skipped when no Chromium is
 * installed (.ci/install-browser installs Debian's).
 */
@Tag("browser")
class PageBrowserTest {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String SEED = "corpus/marrakech-coalition-2022.txt";
  private static final String AR_SEED = "samples/sample-ar-maroc-mauritanie-2023.txt";

  @TempDir static Path tmp;
  static RevueServer server;
  static Chromium browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium = Chromium.binary();
    Assumptions.assumeTrue(
        chromium.isPresent(),
        "browser tests skipped: no chromium on the PATH (install Debian's chromium, as .ci/install-browser does, or set REVUE_CHROMIUM)");
    Path index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(Path.of("corpus")));
    }
    server =
        RevueServer.start(
            index,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            Limits.defaults().withRequestsPerMinute(0),
            line -> {});
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = new Chromium(chromium.get(), tmp.resolve("profile"), 1280, 1000);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Opens a page of the app and waits until it has shown its answers. */
  private static void open(String query) throws Exception {
    browser.navigate(base + query);
    browser.waitFor(
        "document.body.dataset.ready && document.body.dataset.ready === String(rendering)");
  }

  /** Does something, then waits until the page has shown the answers it caused. */
  private static void andWait(Action action) throws Exception {
    int before = browser.eval("Number(document.body.dataset.ready || 0)").asInt();
    action.run();
    browser.waitFor(
        "Number(document.body.dataset.ready || 0) > "
            + before
            + " && document.body.dataset.ready === String(rendering)");
  }

  private interface Action {
    void run() throws Exception;
  }

  private static List<String> hitIds() throws Exception {
    List<String> ids = new ArrayList<>();
    browser
        .eval("[...document.querySelectorAll('#hits .hit')].map(h => h.dataset.id)")
        .forEach(n -> ids.add(n.asText()));
    return ids;
  }

  private static String query() throws Exception {
    return browser.text("location.search");
  }

  /** The text of the element with this id. */
  private static String textOf(String id) throws Exception {
    return browser.text("document.getElementById('" + id + "').textContent");
  }

  /** Whether the element with this id is hidden. */
  private static boolean hidden(String id) throws Exception {
    return browser.text("String(document.getElementById('" + id + "').hidden)").equals("true");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchFromTheKeyboardShowsTheSeedFirstWithItsSnippet() throws Exception {
    open("");
    browser.click("#q");
    browser.type("Bourita Niger");
    andWait(() -> browser.press("Enter"));
    assertEquals(List.of(SEED, AR_SEED), hitIds());
    assertEquals("2 articles", textOf("summary"));
    assertEquals(
        "Nasser Bourita",
        browser.text("document.querySelector('#hits .hit .snippet b').textContent"));
    assertEquals("?q=Bourita+Niger", query());
    browser.screenshot(SHOTS.resolve("search-bourita-niger.png"));
  }

  @Test
  void thePageSaysHowAQueryWasReadAndOffersSpellingsThatMatch() throws Exception {
    open("?q=" + enc("Sahel Bourita Niamey xqzv"));
    assertEquals(
        "no article holds three in four of its words: ranked by how many of them each holds",
        textOf("note"));
    assertFalse(hidden("note"));
    assertTrue(hidden("suggestions"));
    open("?q=" + enc("Bourrita Nigre"));
    assertEquals("No article matches.", textOf("summary"));
    assertTrue(hidden("note"));
    // the coverage of nothing: its one value labelled once, not "0.0%" three times
    assertEquals(
        "[\"0.0%\"]",
        browser
            .eval(
                "[...document.querySelectorAll('#chart text')].map(t => t.textContent)"
                    + ".filter(s => s.endsWith('%'))")
            .toString());
    assertEquals("Did you mean: Bourrita Niger", textOf("suggestions"));
    browser.screenshot(SHOTS.resolve("did-you-mean.png"));
    andWait(() -> browser.click("#suggestions a"));
    assertEquals("?q=Bourrita+Niger", query());
    assertEquals(List.of(SEED), hitIds());
    assertTrue(hidden("suggestions"));
  }

  @Test
  void aFacetClickChangesCountsAndUrlAndAReloadShowsTheSameView() throws Exception {
    open("?q=Bourita");
    assertEquals("4 articles", textOf("summary"));
    assertEquals("French 2|Arabic 1|English 1", facet("lang"));
    andWait(() -> browser.click("#facets fieldset[data-dim=country] input[value=NE]"));
    assertEquals("?q=Bourita&filter=country%3ANE", query());
    assertEquals("2 articles", textOf("summary"));
    assertEquals("Arabic 1|French 1", facet("lang"));
    assertEquals(List.of(SEED, AR_SEED), hitIds());
    // a second country is OR-ed with the first: multi-select
    andWait(() -> browser.click("#facets fieldset[data-dim=country] input[value=ES]"));
    assertEquals("?q=Bourita&filter=country%3ANE&filter=country%3AES", query());
    assertEquals("3 articles", textOf("summary"));
    browser.screenshot(SHOTS.resolve("facet-niger-spain.png"));

    browser.reload();
    browser.waitFor("document.body.dataset.ready === String(rendering)");
    assertEquals("?q=Bourita&filter=country%3ANE&filter=country%3AES", query());
    assertEquals("3 articles", textOf("summary"));
    assertEquals("Bourita", browser.text("document.getElementById('q').value"));
    assertEquals(
        "[\"ES\",\"NE\"]",
        browser
            .eval(
                "[...document.querySelectorAll('#facets input:checked')].map(i => i.value).sort()")
            .toString());
  }

  /** The labels and counts of a facet, as shown. */
  private static String facet(String dim) throws Exception {
    return browser.text(
        "[...document.querySelectorAll('#facets fieldset[data-dim="
            + dim
            + "] label')].map(l => l.querySelector('bdi').textContent + ' ' + l.querySelector('.count').textContent).join('|')");
  }

  @Test
  void arabicHitsReadRightToLeftAndLatinWordsInThemKeepTheirOrder() throws Exception {
    open("?q=" + enc("بوريطة"));
    assertEquals(AR_SEED, hitIds().get(0));
    String first = "document.querySelector('#hits .hit')";
    assertEquals(
        "rtl", browser.text("getComputedStyle(" + first + ".querySelector('h3')).direction"));
    assertEquals(
        "rtl", browser.text("getComputedStyle(" + first + ".querySelector('.snippet')).direction"));
    assertEquals(
        "ltr",
        browser.text(
            "getComputedStyle(document.querySelector('#hits .hit[lang=fr] .snippet')).direction"));
    // the title starts at the right edge of its box
    JsonNode title =
        browser.eval(
            "(() => { const h = "
                + first
                + ".querySelector('h3'), a = h.querySelector('a').getBoundingClientRect(), r = h.getBoundingClientRect();"
                + " return {gapRight: r.right - a.right, gapLeft: a.left - r.left}; })()");
    assertTrue(
        title.get("gapRight").asDouble() < 2 && title.get("gapLeft").asDouble() > 100,
        title.toString());
    browser.screenshot(SHOTS.resolve("arabic-hits.png"));

    // the article view: an Arabic line that names the Latin word "revue" keeps its letters in order
    andWait(() -> browser.click("#hits .hit a"));
    assertTrue(query().contains("article=" + enc(AR_SEED)), query());
    String line =
        "[...document.querySelectorAll('#article-body p')].find(p => p.textContent.includes('revue'))";
    assertEquals("rtl", browser.text("getComputedStyle(" + line + ").direction"));
    JsonNode xs =
        browser.eval(
            "(() => { const p = "
                + line
                + ", node = p.firstChild, at = node.data.indexOf('revue'), xs = [];"
                + " for (let i = 0; i < 5; i++) { const r = document.createRange(); r.setStart(node, at + i); r.setEnd(node, at + i + 1);"
                + " xs.push(r.getBoundingClientRect().left); } return xs; })()");
    for (int i = 1; i < 5; i++) {
      assertTrue(
          xs.get(i).asDouble() > xs.get(i - 1).asDouble(),
          "letters of 'revue' left to right: " + xs);
    }
    assertEquals(
        "Nasser Bourita (written ناصر بوريطة, بوريطة); Mohamed Salem Ould Merzoug (written محمد سالم ولد مرزوك, مرزوك)",
        browser.text("document.querySelectorAll('#article-entities dd')[1].textContent"));
    browser.screenshot(SHOTS.resolve("arabic-article.png"));
  }

  @Test
  void theArticleViewListsRelatedCoverageThatOpensOnClick() throws Exception {
    open("?article=" + enc("corpus/marrakech-coalition-2022.txt"));
    assertFalse(hidden("article-related"));
    assertEquals("1", browser.text("String(document.querySelectorAll('#related-list li').length)"));
    assertEquals(
        "Le Maroc et la Mauritanie veulent relancer leur coopération sécuritaire",
        browser.text("document.querySelector('#related-list a').textContent"));
    assertEquals(
        "2023-03-14 · French · 308 days apart, Nasser Bourita, MA",
        browser.text("document.querySelector('#related-list .meta').textContent"));
    browser.eval("document.getElementById('article-related').scrollIntoView(), 0");
    browser.screenshot(SHOTS.resolve("related.png"));
    andWait(() -> browser.click("#related-list a"));
    assertTrue(
        query().contains("article=" + enc("samples/sample-fr-maroc-mauritanie-2023.txt")), query());
    assertEquals(
        "Le Maroc et la Mauritanie veulent relancer leur coopération sécuritaire",
        textOf("article-title"));
  }

  @Test
  void anArticleIsShownWhenItsRelatedCoverageFails() throws Exception {
    open("?q=" + enc("Bourita"));
    String first = browser.text("document.querySelector('#hits .hit a').textContent");
    // a busy server: every request for related coverage fails, the others answer
    browser.eval(
        "(() => { const f = window.fetch; window.fetch = (u, o) => String(u).includes('api/related/')"
            + " ? Promise.reject(new TypeError('Failed to fetch')) : f(u, o); return 0; })()");
    andWait(() -> browser.click("#hits .hit a"));
    assertEquals(first, textOf("article-title"));
    assertTrue(hidden("article-related"));
    assertTrue(hidden("error"));
  }

  @Test
  void brushingASpanOnTheChartRestrictsHitsAndFacetsToIt() throws Exception {
    open("");
    assertEquals("7 articles", textOf("summary"));
    // weekly bars from 2022-05-09: drag from the first to the tenth (2022-07-11..17)
    assertEquals(
        "2022-07-17",
        browser.text("document.querySelector('#chart rect[data-index=\"9\"]').dataset.to"));
    JsonNode a = browser.box("#chart rect[data-index=\"0\"]");
    JsonNode b = browser.box("#chart rect[data-index=\"9\"]");
    double y = a.get("y").asDouble() + a.get("height").asDouble() - 3;
    andWait(
        () ->
            browser.drag(
                a.get("x").asDouble() + 1,
                y,
                b.get("x").asDouble() + b.get("width").asDouble() - 1,
                y));
    assertEquals("?date=2022-05-09..2022-07-17", query());
    // the Kuwaiti sample is dated by its dateline (الكويت، 3 يونيو 2022)
    assertEquals("3 articles", textOf("summary"));
    // an empty query ranks every article alike: their order is the index's
    assertEquals(
        List.of(
            SEED,
            "samples/sample-ar-kuwait-saudi-2022.txt",
            "samples/sample-en-guinea-bissau-2022.txt"),
        hitIds().stream().sorted().toList());
    assertEquals("Arabic 1|English 1|French 1", facet("lang"));
    assertEquals("Dates: 2022-05-09 to 2022-07-17", textOf("span"));
    browser.screenshot(SHOTS.resolve("brushed-span.png"));

    // a click on one bar takes its week
    andWait(() -> browser.click("#chart rect[data-index=\"6\"]"));
    assertEquals("?date=2022-06-20..2022-06-26", query());
    assertEquals(List.of("samples/sample-en-guinea-bissau-2022.txt"), hitIds());
    andWait(() -> browser.click("#clear-span"));
    assertEquals("7 articles", textOf("summary"));
    andWait(
        () ->
            browser.eval(
                "(s => { s.value = 'date'; s.dispatchEvent(new Event('change')); })(document.getElementById('sort'))"));
    assertEquals("?sort=date", query());
    assertEquals("samples/sample-fr-niamey-sahel-2023.txt", hitIds().get(0));
    assertTrue(
        browser.text("document.getElementById('hits-csv').href").endsWith("&sort=date&lang=en"));
  }

  @Test
  void comparingTwoQueriesDrawsTwoSeriesAndTheChartCsvHasBoth() throws Exception {
    open("?q=Bourita&lang=en");
    browser.click("#cq");
    browser.type("Sahel");
    andWait(() -> browser.press("Enter"));
    assertEquals("?q=Bourita&cq=Sahel&lang=en", query());
    assertEquals(
        1, browser.eval("document.querySelectorAll('#chart polyline.series-line').length").asInt());
    assertTrue(
        browser.eval("document.querySelectorAll('#chart rect.bar-rect').length").asInt() > 0);
    assertEquals(
        "Bourita|Sahel|share of articles",
        browser.text(
            "[...document.querySelectorAll('#chart .legend li')].map(l => l.textContent).join('|')"));
    String csv =
        browser.text("fetch(document.getElementById('timeline-csv').href).then(r => r.text())");
    List<String> lines = csv.lines().toList();
    assertEquals("# query: Bourita | Sahel", lines.get(0));
    assertEquals("query,bucket,from,to,count,total,ratio", lines.get(6));
    assertEquals(
        List.of("Bourita", "Sahel"),
        lines.subList(7, lines.size()).stream()
            .map(l -> l.substring(0, l.indexOf(',')))
            .distinct()
            .toList());
    browser.screenshot(SHOTS.resolve("compare-two-queries.png"));
    andWait(() -> browser.click("#raw"));
    assertEquals("?q=Bourita&cq=Sahel&raw=1&lang=en", query());
    assertEquals(
        "Bourita|Sahel|articles",
        browser.text(
            "[...document.querySelectorAll('#chart .legend li')].map(l => l.textContent).join('|')"));
  }

  @Test
  void theArabicPageLaysOutRightToLeft() throws Exception {
    open("?q=Bourita&lang=ar");
    assertEquals("rtl", browser.text("document.documentElement.dir"));
    assertEquals("rtl", browser.text("getComputedStyle(document.body).direction"));
    assertEquals("بحث", browser.text("document.querySelector('#search button').textContent"));
    assertEquals("البلد", browser.text("document.querySelector('#facets legend').textContent"));
    assertEquals("4 مقال", textOf("summary").replaceAll("[٠-٩]", "4"));
    // the facets stand to the right of the hits, the logo at the right end of the header
    JsonNode x =
        browser.eval(
            "({facets: document.getElementById('facets').getBoundingClientRect().left, hits: document.getElementById('results').getBoundingClientRect().left,"
                + " logo: document.querySelector('header h1').getBoundingClientRect().left, search: document.getElementById('search').getBoundingClientRect().left})");
    assertTrue(x.get("facets").asDouble() > x.get("hits").asDouble(), x.toString());
    assertTrue(x.get("logo").asDouble() > x.get("search").asDouble(), x.toString());
    assertEquals(
        "MA المغرب",
        browser.text(
            "document.querySelector('#facets fieldset[data-dim=country] bdi').textContent"));
    browser.screenshot(SHOTS.resolve("page-in-arabic.png"));
  }
}

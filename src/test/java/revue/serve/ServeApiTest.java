package revue.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.Revue;
import revue.cli.RevueCli;

/** The HTTP API over the bundled corpus, through a real server on a loopback port. */
class ServeApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  private static final String SEED = "corpus/marrakech-coalition-2022.txt";

  @TempDir static Path tmp;
  static Path index;
  static RevueServer server;
  static final List<String> log = new ArrayList<>();

  @BeforeAll
  static void serveBundledCorpus() throws IOException {
    index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(Path.of("corpus")));
    }
    server =
        RevueServer.start(index, LOOPBACK, Limits.defaults().withRequestsPerMinute(0), log::add);
  }

  @AfterAll
  static void stop() {
    server.close();
    assertEquals(List.of(), log, "no request failed unexpectedly");
  }

  record Reply(int status, String body, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  static Reply get(RevueServer s, String pathAndQuery) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.body(), r);
  }

  static Reply get(String pathAndQuery) throws Exception {
    return get(server, pathAndQuery);
  }

  /** Sends the request line as written, with no client in between to normalise the path. */
  static String raw(String target) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RevueCli.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  @Test
  void aPastedParagraphIsSearchedWholeAsByTheCli() throws Exception {
    // the seed's body from its third line, about 3,600 characters: a paragraph pasted in the page
    List<String> lines = Files.readAllLines(Path.of("corpus/marrakech-coalition-2022.txt"));
    String paragraph = String.join(" ", lines.subList(2, lines.size())).strip();
    assertTrue(paragraph.length() > 3_000 && paragraph.length() < 5_000, "" + paragraph.length());
    Reply r =
        get("/api/search?q=" + URLEncoder.encode(paragraph, StandardCharsets.UTF_8) + "&limit=1");
    assertEquals(200, r.status(), r.body());
    assertEquals(SEED, r.json().at("/hits/0/id").asText());
    JsonNode cli = JSON.readTree(cli("search", paragraph, "--index", index.toString(), "--json"));
    assertEquals(cli.get("total").asLong(), r.json().get("total").asLong());
  }

  @Test
  void searchAnswersWhatTheCliPrintsAsJson() throws Exception {
    Reply r = get("/api/search?q=Bourita%20Niger&lang=en");
    assertEquals(200, r.status());
    assertEquals(
        "application/json; charset=utf-8",
        r.response().headers().firstValue("content-type").orElseThrow());
    JsonNode expected =
        JSON.readTree(
            cli(
                "search",
                "--index",
                index.toString(),
                "--json",
                "--ui-lang",
                "en",
                "Bourita Niger"));
    // the same, but for where the files lie on the server: a hit's path is the file's name
    for (JsonNode hit : expected.get("hits")) {
      ((ObjectNode) hit).put("path", Path.of(hit.get("path").asText()).getFileName().toString());
    }
    assertEquals(expected, r.json());
    assertFalse(r.body().contains(tmp.toString()), r.body());
    JsonNode json = r.json();
    assertEquals("marrakech-coalition-2022.txt", json.at("/hits/0/path").asText());
    assertEquals(2, json.get("total").asLong());
    assertEquals(SEED, json.at("/hits/0/id").asText());
    assertEquals("samples/sample-ar-maroc-mauritanie-2023.txt", json.at("/hits/1/id").asText());
    assertTrue(
        json.at("/hits/0/snippet").asText().contains("<b>Nasser Bourita</b>"),
        json.at("/hits/0/snippet").asText());
    assertEquals("NE Niger", json.at("/facets/country/values/1/label").asText());
  }

  @Test
  void aFilterValueNoArticleHasIsNotedWithTheClosestValues() throws Exception {
    JsonNode r = get("/api/search?q=Maroc&filter=lang:fra&filter=collection=sampels").json();
    assertEquals(0, r.get("total").asLong());
    assertEquals(
        "no article has lang=fra (did you mean lang=fr?);"
            + " no article has collection=sampels (did you mean collection=samples?)",
        r.get("filterNote").asText());
    assertEquals(
        List.of("lang=fr", "collection=samples"),
        JSON.convertValue(r.get("filterSuggestions"), List.class));
  }

  @Test
  void searchPagesWithOffsetFiltersWithColonOrEqualsAndLabelsInTheUiLanguage() throws Exception {
    JsonNode second = get("/api/search?q=Bourita%20Niger&limit=1&offset=1").json();
    assertEquals(2, second.get("total").asLong());
    assertEquals(1, second.get("hits").size());
    assertEquals("samples/sample-ar-maroc-mauritanie-2023.txt", second.at("/hits/0/id").asText());

    JsonNode colon = get("/api/search?q=Bourita&filter=lang:ar&filter=country:NE&facets=0").json();
    JsonNode equals =
        get("/api/search?q=Bourita&filter=lang%3Dar&filter=country=NE&facets=0").json();
    assertEquals(1, colon.get("total").asLong());
    assertEquals(colon, equals);

    // the filtered dimension counts as if its filter were off, the others under it
    JsonNode french = get("/api/search?q=&filter=country:MR&lang=fr").json();
    assertEquals(2, french.get("total").asLong());
    assertEquals("MR Mauritanie 2", facetValue(french, "country", "MR"));
    assertEquals("MA Maroc 4", facetValue(french, "country", "MA"));
    assertEquals("ar 1", facetValue(french, "lang", "ar"));
    JsonNode arabic = get("/api/search?q=&filter=country:MR&lang=ar").json();
    assertEquals("MR موريتانيا 2", facetValue(arabic, "country", "MR"));
  }

  private static String facetValue(JsonNode results, String dim, String value) {
    for (JsonNode v : results.at("/facets/" + dim + "/values")) {
      if (v.get("value").asText().equals(value)) {
        return v.get("label").asText() + " " + v.get("count").asLong();
      }
    }
    return null;
  }

  @Test
  void sortByDateGivesNewestFirstAndUndatedLast() throws Exception {
    for (String facets : new String[] {"0", "10"}) {
      JsonNode r = get("/api/search?q=&sort=date&limit=7&facets=" + facets).json();
      List<String> dates = r.get("hits").findValuesAsText("date");
      // every article of corpus/ is dated since the Arabic samples are dated by their datelines
      assertEquals(
          List.of(
              "2023-04-20",
              "2023-03-14",
              "2023-02-02",
              "2023-01-15",
              "2022-06-21",
              "2022-06-03",
              "2022-05-10"),
          dates);
      assertEquals(
          "samples/sample-fr-niamey-sahel-2023.txt samples/sample-fr-maroc-mauritanie-2023.txt samples/sample-en-albares-rabat-2023.txt",
          String.join(" ", r.get("hits").findValuesAsText("id").subList(0, 3)));
    }
    JsonNode filtered = get("/api/search?q=Bourita&sort=date&filter=lang:fr").json();
    assertEquals(
        List.of("2023-03-14", "2022-05-10"), filtered.get("hits").findValuesAsText("date"));
    assertTrue(filtered.at("/hits/0/score").asDouble() > 0, "scores are kept");
    // the choices are read whatever their case, as the filters' values are
    JsonNode upper =
        get("/api/search?q=Bourita&sort=Date&filter=lang:FR&lang=FR&entities=TRUE").json();
    assertEquals(List.of("2023-03-14", "2022-05-10"), upper.get("hits").findValuesAsText("date"));
    List<String> csv = get("/api/export.csv?q=Bourita&sort=date").body().lines().toList();
    assertEquals("# sort: date, newest first", csv.get(5));
    assertTrue(csv.get(7).startsWith("1,samples/sample-fr-maroc-mauritanie-2023.txt,"), csv.get(7));
  }

  @Test
  void timelineCountsEachMonthAgainstAllArticlesUnderTheFilters() throws Exception {
    JsonNode t = get("/api/timeline?q=Bourita&q=Sahel&interval=month").json();
    assertEquals("month", t.get("interval").asText());
    assertEquals(
        List.of(
            "2022-05 1/1",
            "2022-06 0/2",
            "2022-07 0/0",
            "2022-08 0/0",
            "2022-09 0/0",
            "2022-10 0/0",
            "2022-11 0/0",
            "2022-12 0/0",
            "2023-01 1/1",
            "2023-02 1/1",
            "2023-03 1/1",
            "2023-04 0/1"),
        buckets(t.at("/series/0")));
    assertEquals("Sahel", t.at("/series/1/query").asText());
    assertEquals(
        List.of(
            "2022-05 0/1",
            "2022-06 0/2",
            "2022-07 0/0",
            "2022-08 0/0",
            "2022-09 0/0",
            "2022-10 0/0",
            "2022-11 0/0",
            "2022-12 0/0",
            "2023-01 0/1",
            "2023-02 1/1",
            "2023-03 1/1",
            "2023-04 1/1"),
        buckets(t.at("/series/1")));
    assertEquals("2023-04-30", t.at("/series/0/buckets/11/to").asText());
    assertEquals(0.0, t.at("/series/0/buckets/11/ratio").asDouble());
    // a month without any article has no share, rather than a share of 0
    assertTrue(t.at("/series/0/buckets/2/ratio").isNull());
    assertEquals(1.0, t.at("/series/0/buckets/8/ratio").asDouble());

    // a filter narrows the totals too; the span (a year here) chooses weeks
    JsonNode fr = get("/api/timeline?q=Bourita&filter=lang:fr").json();
    assertEquals("week", fr.get("interval").asText());
    assertEquals("2022-05-09", fr.at("/series/0/buckets/0/key").asText());
    assertEquals("2022-05-15", fr.at("/series/0/buckets/0/to").asText());
    long count = 0;
    long total = 0;
    for (JsonNode b : fr.at("/series/0/buckets")) {
      count += b.get("count").asLong();
      total += b.get("total").asLong();
    }
    assertEquals(2, count);
    assertEquals(3, total);
  }

  private static List<String> buckets(JsonNode series) {
    List<String> out = new ArrayList<>();
    series
        .get("buckets")
        .forEach(
            b ->
                out.add(
                    b.get("key").asText()
                        + " "
                        + b.get("count").asLong()
                        + "/"
                        + b.get("total").asLong()));
    return out;
  }

  @Test
  void articleGivesItsEntitiesWithTheirSpellingsAndItsBodies() throws Exception {
    JsonNode a = get("/api/article/samples/sample-ar-maroc-mauritanie-2023.txt?lang=fr").json();
    assertEquals("المغرب وموريتانيا يبحثان الوضع الأمني في منطقة الساحل", a.get("title").asText());
    assertEquals("ar", a.get("lang").asText());
    assertEquals("MR Mauritanie", a.at("/countries/1/label").asText());
    assertEquals(List.of("المغرب", "المغربي", "المغربية"), strings(a.at("/countries/0/spellings")));
    assertEquals("Nasser Bourita", a.at("/ministers/0/value").asText());
    assertEquals(List.of("ناصر بوريطة", "بوريطة"), strings(a.at("/ministers/0/spellings")));
    assertEquals(1, a.get("bodies").size());
    assertEquals("sample-ar-maroc-mauritanie-2023.txt", a.get("path").asText());
    assertTrue(
        a.at("/bodies/0/text")
            .asText()
            .startsWith("استقبل وزير الشؤون الخارجية المغربي ناصر بوريطة"));

    JsonNode seed = get("/api/article/" + SEED).json();
    assertEquals("2022-05-10", seed.get("date").asText());
    assertEquals("text", seed.get("dateSource").asText());
    assertEquals(List.of("fr", "ar", "en"), seed.get("bodies").findValuesAsText("lang"));
    assertEquals(
        List.of("MA", "US", "ES", "NE", "GN", "KW"),
        seed.get("countries").findValuesAsText("value"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void relatedArticlesAreTheCommandsJson() throws Exception {
    // the bundled corpus holds one other article about Bourita's meetings close enough in words
    JsonNode related = get("/api/related/" + SEED).json();
    assertEquals(SEED, related.get("id").asText());
    assertEquals(
        List.of("samples/sample-fr-maroc-mauritanie-2023.txt"),
        related.get("hits").findValuesAsText("id"));
    assertEquals(
        List.of("minister:Nasser Bourita", "country:MA"),
        strings(related.at("/hits/0/why/sharedEntities")));
    assertEquals(308, related.at("/hits/0/why/daysApart").asInt());
    assertEquals("sample-fr-maroc-mauritanie-2023.txt", related.at("/hits/0/path").asText());
    assertEquals(0, get("/api/related/" + SEED + "?limit=0").json().get("hits").size());
    Reply unknown = get("/api/related/corpus/no-such-article.txt");
    assertEquals(404, unknown.status());
    assertEquals("{\"error\": \"no article 'corpus/no-such-article.txt'\"}\n", unknown.body());
    assertEquals(400, get("/api/related/" + SEED + "?limit=-1").status());
    assertEquals(400, get("/api/related/" + SEED + "?q=x").status());
  }

  @Test
  void unknownArticleIsNotFound() throws Exception {
    Reply r = get("/api/article/corpus/no-such-article.txt");
    assertEquals(404, r.status());
    assertEquals("{\"error\": \"no article 'corpus/no-such-article.txt'\"}\n", r.body());
    assertEquals(404, get("/api/nothing").status());
    assertEquals(404, get("/secret.txt").status());
  }

  @Test
  void statsGiveCountsAndGenerationWithoutServerPaths() throws Exception {
    Reply r = get("/api/stats");
    JsonNode s = r.json();
    assertEquals(7, s.get("documents").asLong());
    assertEquals("{\"ar\":2,\"en\":2,\"fr\":3}", s.get("languages").toString());
    assertEquals("{\"corpus\":1,\"samples\":6}", s.get("collections").toString());
    assertEquals("gen-000001", s.get("generation").asText());
    assertEquals("index", s.get("location").asText());
    assertEquals("[\"corpus\"]", s.get("builtFrom").toString());
    assertEquals("[\"corpus\"]", s.at("/lastRun/inputs").toString());
    assertFalse(r.body().contains(tmp.toString()), r.body());
    assertFalse(r.body().contains(Path.of("").toAbsolutePath().toString()), r.body());
  }

  @Test
  void badRequestsGetOneLineOfJson() throws Exception {
    String[][] cases = {
      {"/api/search?limit=101", "limit must be between 0 and 100, got 101"},
      {"/api/search?offset=-1", "offset must be between 0 and 1000, got -1"},
      {"/api/search?offset=1001", "offset must be between 0 and 1000, got 1001"},
      {"/api/search?limit=ten", "limit must be a whole number, got 'ten'"},
      {"/api/search?q=a&q=b", "parameter 'q' given 2 times"},
      {
        "/api/search?page=2",
        "unknown parameter 'page' (use entities, facets, filter, lang, limit, offset, q, sort)"
      },
      {"/api/search?filter=NE", "filter 'NE' must be DIM:VALUE, e.g. country:NE"},
      {
        "/api/search?filter=planet:Mars",
        "unknown filter dimension 'planet' (use one of country, minister, date, lang, collection, source)"
      },
      {
        "/api/search?filter=date:2022-13",
        "bad date '2022-13' in filter (use YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO)"
      },
      {
        "/api/search?filter=country:Atlantis",
        "unknown country 'Atlantis' in filter (use an ISO code such as NE)"
      },
      {"/api/search?q=" + "a".repeat(5001), "query longer than 5000 characters"},
      {"/api/search?lang=de", "lang must be en, fr or ar, got 'de'"},
      {"/api/search?sort=oldest", "sort must be relevance or date, got 'oldest'"},
      {"/api/search?entities=maybe", "entities must be true or false, got 'maybe'"},
      {
        "/api/timeline?interval=fortnight",
        "interval must be day, week, month or year, got 'fortnight'"
      },
      {"/api/timeline?q=a&q=b&q=c&q=d&q=e&q=f", "at most 5 queries at once, got 6"},
      {"/api/timeline.csv?interval=hour", "interval must be day, week, month or year, got 'hour'"},
      {"/api/export.csv?limit=1001", "limit must be between 0 and 1000, got 1001"},
      {"/api/stats?x=1", "unknown parameter 'x' (use )"},
      {"/api/search?q=%E9t%E9", "parameters must be UTF-8"},
    };
    for (String[] c : cases) {
      Reply r = get(c[0]);
      assertEquals(400, r.status(), c[0]);
      assertEquals(c[1], r.json().get("error").asText(), c[0]);
      assertEquals(1, r.body().strip().lines().count(), c[0]);
      assertFalse(r.body().contains("revue."), c[0]);
    }
  }

  /** The JSON body of a raw reply, after its head. */
  private static String body(String reply) {
    return reply.substring(reply.indexOf("\r\n\r\n") + 4);
  }

  @Test
  void malformedTargetsAndRequestLinesGetOneLineOfJsonToo() throws Exception {
    String[][] cases = {
      {"/api/search?q=%ZZ", "badly encoded parameter (a % must begin two hex digits)"},
      {"/api/search?q=50%", "badly encoded parameter (a % must begin two hex digits)"},
      {"/api/se%ZZarch", "badly encoded path"},
      {"/%", "badly encoded path"},
      {"*", "request target must begin with /"},
    };
    for (String[] c : cases) {
      String reply = raw(c[0]);
      assertTrue(reply.startsWith("HTTP/1.1 400 "), c[0] + ": " + reply);
      assertTrue(reply.contains("Content-Type: application/json; charset=utf-8\r\n"), reply);
      assertEquals("{\"error\": \"" + c[1] + "\"}\n", body(reply), c[0]);
    }
    // characters a URI may not hold unescaped, as a browser's address bar sends some of them
    String odd = raw("/api/search?q=Bourita|Niger\"{}&limit=0&facets=0");
    assertTrue(odd.startsWith("HTTP/1.1 200 "), odd);
    String encoded = URLEncoder.encode("Bourita|Niger\"{}", StandardCharsets.UTF_8);
    assertEquals(get("/api/search?q=" + encoded + "&limit=0&facets=0").body(), body(odd));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write("hello\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 400 "), reply);
      assertEquals(
          "{\"error\": \"bad request line: expected METHOD TARGET HTTP/1.1\"}\n", body(reply));
    }
  }

  @Test
  void pathTricksAreRefusedAndNothingOutsideTheAssetsIsServed() throws Exception {
    String[] tricks = {
      "/../pom.xml",
      "/%2e%2e/pom.xml",
      "/%2E%2E%2Fpom.xml",
      "/.%2e/pom.xml",
      "/app.js/../../pom.xml",
      "/api/article/..%2F..%2Fpom.xml",
      "/api/article/corpus/../../pom.xml",
      "/api/article/%2e%2e/%2e%2e/pom.xml",
      "/./app.js",
      "/api/article/..%5Cpom.xml",
    };
    for (String t : tricks) {
      String reply = raw(t);
      assertTrue(reply.startsWith("HTTP/1.1 400 "), t + ": " + reply);
      assertFalse(reply.contains("<project"), t);
      assertTrue(reply.toLowerCase(java.util.Locale.ROOT).contains("content-security-policy: "), t);
    }
    assertTrue(raw("/pom.xml").startsWith("HTTP/1.1 404 "));
    assertTrue(raw("/revue/serve/RevueServer.class").startsWith("HTTP/1.1 404 "));
    assertTrue(raw("/web/app.js").startsWith("HTTP/1.1 404 "));
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
    for (String path :
        new String[] {"/", "/app.js", "/app.css", "/api/stats", "/api/search?limit=x", "/nope"}) {
      Reply r = get(path);
      assertEquals(
          RevueServer.CSP,
          r.response().headers().firstValue("content-security-policy").orElse(null),
          path);
      assertEquals(
          "nosniff",
          r.response().headers().firstValue("x-content-type-options").orElse(null),
          path);
    }
    assertTrue(RevueServer.CSP.contains("script-src 'self'"));
    Reply page = get("/");
    assertEquals(
        "text/html; charset=utf-8",
        page.response().headers().firstValue("content-type").orElseThrow());
    assertTrue(page.body().contains("<script src=\"app.js\" defer></script>"));
    assertFalse(page.body().contains("<script>"), "no inline script");
    assertFalse(page.body().contains("style=\""), "no inline style");
  }

  @Test
  void hitsExportSaysWhichQueryAndFiltersMadeIt() throws Exception {
    Reply r = get("/api/export.csv?q=Bourita%20Niger&filter=country:NE");
    assertEquals(
        "text/csv; charset=utf-8", r.response().headers().firstValue("content-type").orElseThrow());
    assertEquals(
        "attachment; filename=\"revue-hits.csv\"",
        r.response().headers().firstValue("content-disposition").orElseThrow());
    List<String> lines = r.body().lines().toList();
    assertEquals("# query: Bourita Niger", lines.get(0));
    assertEquals("# filters: country:NE", lines.get(1));
    assertEquals("# generation: gen-000001", lines.get(2));
    assertTrue(
        lines.get(3).matches("# exported: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
        lines.get(3));
    assertEquals("# hits: 2 of 2", lines.get(4));
    assertEquals("# sort: relevance", lines.get(5));
    assertEquals(
        "rank,id,collection,sourceId,title,date,lang,source,countries,ministers,url,score",
        lines.get(6));
    assertTrue(
        lines
            .get(7)
            .startsWith(
                "1,corpus/marrakech-coalition-2022.txt,corpus,marrakech-coalition-2022.txt,Le monde affûte ses armes au Maroc contre le terrorisme (vidéos),2022-05-10,fr,,MA;US;ES;NE;GN;KW,Nasser Bourita;José Manuel Albares;Hassoumi Massaoudou;Morissanda Kouyaté;Ahmed Nasser Al-Mohammad Al-Sabah,,"),
        lines.get(7));
    assertTrue(
        lines
            .get(8)
            .startsWith(
                "2,samples/sample-ar-maroc-mauritanie-2023.txt,samples,sample-ar-maroc-mauritanie-2023.txt,المغرب وموريتانيا يبحثان الوضع الأمني في منطقة الساحل,2023-01-15,ar,,MA;MR;ML;NE,Nasser Bourita;Mohamed Salem Ould Merzoug,,"),
        lines.get(8));
    assertEquals(9, lines.size());
  }

  @Test
  void timelineExportHasAQueryColumnWhenQueriesAreCompared() throws Exception {
    List<String> lines =
        get("/api/timeline.csv?q=Bourita&q=Sahel&interval=year").body().lines().toList();
    assertEquals("# query: Bourita | Sahel", lines.get(0));
    assertEquals("# filters: none", lines.get(1));
    assertEquals("# interval: year", lines.get(4));
    assertEquals("# normalisation: " + Api.NORMALISATION, lines.get(5));
    assertEquals(
        List.of(
            "query,bucket,from,to,count,total,ratio",
            "Bourita,2022,2022-01-01,2022-12-31,1,3,0.333333",
            "Bourita,2023,2023-01-01,2023-12-31,3,4,0.750000",
            "Sahel,2022,2022-01-01,2022-12-31,0,3,0.000000",
            "Sahel,2023,2023-01-01,2023-12-31,3,4,0.750000"),
        lines.subList(6, lines.size()));
    List<String> one = get("/api/timeline.csv?q=Sahel&interval=year").body().lines().toList();
    assertEquals("bucket,from,to,count,total,ratio", one.get(6));
    assertEquals("2023,2023-01-01,2023-12-31,3,4,0.750000", one.get(8));
  }

  @Test
  void missingIndexIsUnavailableUntilOneIsBuiltThenEachRebuildShowsWithoutRestart()
      throws Exception {
    Path later = tmp.resolve("later");
    try (RevueServer s = RevueServer.start(later, LOOPBACK, Limits.defaults(), log::add)) {
      Reply none = get(s, "/api/search?q=Bourita");
      assertEquals(503, none.status());
      assertEquals(
          "{\"error\": \"no index yet: build one with 'revue index' or 'revue rebuild'\"}\n",
          none.body());
      assertEquals(503, get(s, "/api/stats").status());
      assertEquals(200, get(s, "/").status(), "the page is served without an index");

      try (Revue writer = Revue.open(later)) {
        writer.rebuild(
            List.of(Path.of("corpus/samples")), IngestOptions.defaults(), n -> {}, Duration.ZERO);
      }
      assertEquals(6, get(s, "/api/stats").json().get("documents").asLong());
      assertEquals(1, get(s, "/api/search?q=Bourita%20Niger").json().get("total").asLong());

      // a nightly rebuild by another process: the server follows the live generation by itself
      try (Revue writer = Revue.open(later)) {
        writer.rebuild(
            List.of(Path.of("corpus")), IngestOptions.defaults(), n -> {}, Duration.ZERO);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      JsonNode found = get(s, "/api/search?q=Bourita%20Niger").json();
      while (found.get("total").asLong() != 2 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        found = get(s, "/api/search?q=Bourita%20Niger").json();
      }
      assertEquals(2, found.get("total").asLong());
      assertEquals(SEED, found.at("/hits/0/id").asText());
      assertEquals("gen-000002", get(s, "/api/stats").json().get("generation").asText());
    }
  }

  @Test
  void requestsBeyondTheTimeLimitAreCutWith503AndBeyondTheRateWith429() throws Exception {
    // a fresh server's first search waits for the gazetteers to load: far longer than 1 ns
    try (RevueServer s =
        RevueServer.start(
            index, LOOPBACK, Limits.defaults().withTimeout(Duration.ofNanos(1)), log::add)) {
      Reply slow = get(s, "/api/search?q=Bourita%20Niger");
      assertEquals(503, slow.status());
      assertEquals("{\"error\": \"the request took longer than 0 ms\"}\n", slow.body());
    }
    try (RevueServer s =
        RevueServer.start(index, LOOPBACK, Limits.defaults().withRequestsPerMinute(3), log::add)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, get(s, "/api/search?q=Niger&limit=0&facets=0").status());
      }
      Reply fourth = get(s, "/api/search?q=Niger&limit=0&facets=0");
      assertEquals(429, fourth.status());
      assertEquals("{\"error\": \"too many requests: at most 3 a minute\"}\n", fourth.body());
      assertEquals(200, get(s, "/app.js").status(), "the page's assets are not counted");
    }
  }
}

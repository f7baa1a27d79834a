package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Revue;
import revue.RunReport;
import revue.SearchRequest;
import revue.SharedCorpora;

/**
 * The same articles through the local index and a real OpenSearch cluster: at least 60 queries, the
 * same first hit for 95% of them, top-10 overlap of 0.9, identical country, minister, lang and
 * month counts; the same again for pasted paragraphs (an article's title and snippet, read as long
 * queries), on the run's shared {@link DevCluster} (or
 * -Drevue.opensearch.url=opensearch://HOST:PORT, a cluster already running).
 */
class OpenSearchParityTest {

  @TempDir Path tmp;

  @Test
  void bundledCorpusSearchesAlikeOnBothBackends() {
    parity(List.of(Path.of("corpus")), "parity-bundled", 60, 7);
  }

  @Test
  void articlesDayCountsAndSavedSearchMatchesAreTheSameOnBothBackends() {
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster =
            Revue.open(tmp.resolve("home"), ParityRun.on(url, "parity-articles", 1, 0))) {
      local.rebuild(List.of(Path.of("corpus")));
      cluster.rebuild(List.of(Path.of("corpus")));
      SearchRequest all = new SearchRequest("", List.of(), 100, 0, true, Locale.ENGLISH);
      List<String> ids = local.search(all).hits().stream().map(revue.Hit::id).sorted().toList();
      assertEquals(ids, cluster.search(all).hits().stream().map(revue.Hit::id).sorted().toList());
      for (String id : ids) {
        assertEquals(local.article(id, Locale.FRENCH), cluster.article(id, Locale.FRENCH), id);
      }
      assertEquals(
          java.util.Optional.empty(), cluster.article("corpus/no-such-article", Locale.FRENCH));
      SearchRequest bourita = SearchRequest.of("Bourita");
      assertEquals(local.dayCounts(bourita), cluster.dayCounts(bourita));
      java.util.function.Predicate<String> arabic = id -> id.contains("-ar-");
      assertEquals(
          local.matching(bourita, arabic).stream().map(revue.Hit::id).sorted().toList(),
          cluster.matching(bourita, arabic).stream().map(revue.Hit::id).sorted().toList());
      // a text no article holds three in four words of: any of them, on both, and said so
      SearchRequest paste = SearchRequest.of("Sahel Bourita Niamey xqzv");
      revue.SearchResults there = cluster.search(paste);
      assertEquals(5, there.total());
      assertEquals(local.search(paste).total(), there.total());
      assertEquals(local.search(paste).hits().get(0).id(), there.hits().get(0).id());
      assertEquals(revue.search.SecondReading.NOTE, there.queryNote());
      // a link pasted among words is left out on both, and said so
      SearchRequest linked =
          SearchRequest.of("Bourita https://www.lemonde.fr/politique/article/x.html Niger");
      revue.SearchResults linkedThere = cluster.search(linked);
      assertEquals(2, linkedThere.total());
      assertEquals(
          local.search(linked).hits().stream().map(revue.Hit::id).toList(),
          linkedThere.hits().stream().map(revue.Hit::id).toList());
      assertEquals("link left out of the query: www.lemonde.fr/…", linkedThere.queryNote());
      assertEquals(local.search(linked).queryNote(), linkedThere.queryNote());
      // filter values no article has: the same note and suggestions on both
      for (List<revue.Filter> filters :
          List.of(
              List.of(new revue.Filter("lang", "fra")),
              List.of(new revue.Filter("collection", "sampels"), new revue.Filter("date", "2019")),
              List.of(new revue.Filter("country", "FR"), new revue.Filter("minister", "Lamamra")),
              List.of(new revue.Filter("lang", "fr")))) {
        SearchRequest r = new SearchRequest("Maroc", filters, 10, 10, true, Locale.ENGLISH);
        revue.SearchResults here = local.search(r);
        revue.SearchResults far = cluster.search(r);
        assertEquals(here.filterNote(), far.filterNote(), filters.toString());
        assertEquals(here.filterSuggestions(), far.filterSuggestions(), filters.toString());
      }
      assertEquals(
          "no article has collection=sampels (did you mean collection=samples?);"
              + " no article has date=2019 (articles are dated 2022-05-10 to 2023-04-20)",
          cluster
              .search(
                  SearchRequest.of("Maroc")
                      .withFilter("collection", "sampels")
                      .withFilter("date", "2019"))
              .filterNote());
      SearchRequest marocco = SearchRequest.of("Maroc").withFilter("country", "Marocco");
      assertEquals(
          "unknown country 'Marocco' in filter: did you mean country=MA (Morocco)?"
              + " (or use an ISO code such as NE)",
          org.junit.jupiter.api.Assertions.assertThrows(
                  revue.InvalidInputException.class, () -> cluster.search(marocco))
              .getMessage());
      // the values the query's fields ask for that no article has: the same note on both
      for (String query :
          List.of(
              "lang:fra",
              "Maroc lang:xx",
              "minister:Nobody",
              "Bourita collection:sampels",
              "country:FR",
              "Maroc -lang:xx",
              "Bourita date:2022",
              "Bourita date:2022-05..2022-06",
              "Bourita -date:2022",
              "Bourita date:2021")) {
        SearchRequest r = SearchRequest.of(query).withFilter("collection", "sampels");
        revue.SearchResults here = local.search(r);
        revue.SearchResults far = cluster.search(r);
        assertEquals(here.total(), far.total(), query);
        assertEquals(here.filterNote(), far.filterNote(), query);
        assertEquals(here.filterSuggestions(), far.filterSuggestions(), query);
      }
      assertEquals(
          "no article has lang:fra (did you mean lang:fr?)",
          cluster.search(SearchRequest.of("lang:fra")).filterNote());
      assertEquals(
          List.of("corpus/marrakech-coalition-2022.txt"),
          cluster.search(SearchRequest.of("Bourita date:2022")).hits().stream()
              .map(revue.Hit::id)
              .toList());
      assertEquals(
          "bad query: bad date 'date:2022-13' (use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or"
              + " date:FROM..TO)",
          org.junit.jupiter.api.Assertions.assertThrows(
                  revue.InvalidInputException.class,
                  () -> cluster.search(SearchRequest.of("Bourita date:2022-13")))
              .getMessage());
      assertEquals(
          "bad query: unknown country 'Marocco': did you mean country:MA (Morocco)?"
              + " (or use an ISO code such as NE, or a name)",
          org.junit.jupiter.api.Assertions.assertThrows(
                  revue.InvalidInputException.class,
                  () -> cluster.search(SearchRequest.of("Bourita country:Marocco")))
              .getMessage());
    }
  }

  @Test
  @Tag(SharedCorpora.TAG)
  void sharedCorporaSampleSearchesAlikeOnBothBackends() throws IOException {
    Path corpora = SharedCorpora.require();
    int perCorpus = Integer.getInteger("revue.parity.articles", 1000);
    Path input = tmp.resolve("input");
    Files.createDirectories(input);
    try (var files = Files.list(corpora)) {
      for (Path gz : files.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        String name = gz.getFileName().toString().replace(".jsonl.gz", "");
        try (BufferedReader in =
                new BufferedReader(
                    new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
            Writer out = Files.newBufferedWriter(input.resolve(name + ".jsonl"))) {
          String line;
          for (int n = 0; n < perCorpus && (line = in.readLine()) != null; n++) {
            out.write(line);
            out.write('\n');
          }
        }
      }
    }
    parity(List.of(input), "parity-shared", 200, 100);
  }

  private void parity(List<Path> input, String name, int queries, int relatedArticles) {
    String url = ParityRun.clusterUrl();
    // one shard, no replica: the cluster's term statistics are then the whole index's, as locally
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, name, 1, 0))) {
      long t0 = System.nanoTime();
      RunReport l = local.rebuild(input);
      long t1 = System.nanoTime();
      RunReport c = cluster.rebuild(input);
      long t2 = System.nanoTime();
      // figures for docs/opensearch.md, printed, never asserted
      System.out.printf(
          Locale.ROOT,
          "rebuild %s: local %.1f s (%.0f articles/s), cluster %.1f s (%.0f articles/s)%n",
          name,
          (t1 - t0) / 1e9,
          l.documents() / ((t1 - t0) / 1e9),
          (t2 - t1) / 1e9,
          c.documents() / ((t2 - t1) / 1e9));
      assertEquals(l.documents(), c.documents(), "articles on both backends");
      List<SearchRequest> requests = ParityRun.queries(local, queries);
      ParityRun.Figures f = ParityRun.compare(local, cluster, requests);
      System.out.println("parity " + name + " (" + l.documents() + " articles): " + f);
      f.differences().stream().limit(15).forEach(d -> System.out.println("  " + d));
      assertTrue(f.queries() >= Math.min(60, queries), "queries made: " + f.queries());
      assertTrue(f.sameFirstOrTiedShare() >= 0.95, f.toString());
      assertTrue(f.meanOverlap() >= 0.9, f.toString());
      assertEquals(f.queries(), f.facetsEqual(), f.toString());
      // pasted paragraphs, ranked by every word in title and body as one field (BM25F)
      List<SearchRequest> paragraphs = ParityRun.longQueries(local, Math.min(queries, 60));
      ParityRun.Figures p = ParityRun.compare(local, cluster, paragraphs);
      System.out.println("parity " + name + ", long queries: " + p);
      p.differences().stream().limit(15).forEach(d -> System.out.println("  " + d));
      assertTrue(p.queries() >= Math.min(20, queries / 10), "long queries made: " + p.queries());
      assertTrue(p.sameFirstOrTiedShare() >= 0.95, p.toString());
      assertTrue(p.meanOverlap() >= 0.9, p.toString());
      assertEquals(p.queries(), p.facetsEqual(), p.toString());
      // the same queries with the copies of a story collapsed into one hit, as users search
      List<SearchRequest> collapsed = requests.stream().map(r -> r.withCollapse(true)).toList();
      ParityRun.Figures fc = ParityRun.compare(local, cluster, collapsed);
      int[] similar = ParityRun.similarAgreement(local, cluster, collapsed);
      System.out.println("parity " + name + " collapsed: " + fc);
      System.out.printf(
          Locale.ROOT,
          "similar %s: %d hits on both, %d with the same similarIds, %d standing for copies locally%n",
          name,
          similar[0],
          similar[1],
          similar[2]);
      fc.differences().stream().limit(10).forEach(d -> System.out.println("  " + d));
      assertTrue(fc.sameFirstOrTiedShare() >= 0.95, fc.toString());
      assertTrue(fc.meanOverlap() >= 0.9, fc.toString());
      assertEquals(fc.queries(), fc.facetsEqual(), fc.toString());
      assertTrue(
          similar[1] >= 0.95 * similar[0], "same similarIds: " + similar[1] + "/" + similar[0]);
      // related articles: top-5 of each of the first articles on both backends
      double[] related = ParityRun.relatedOverlap(local, cluster, relatedArticles, 5);
      System.out.printf(
          Locale.ROOT,
          "related %s: %d articles, mean top-5 overlap %.3f, %d identical lists%n",
          name,
          (int) related[0],
          related[1],
          (int) related[2]);
      assertTrue(related[1] >= 0.9, "mean top-5 related overlap " + related[1]);
    }
  }
}

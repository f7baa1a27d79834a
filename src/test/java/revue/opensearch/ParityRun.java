package revue.opensearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import revue.FacetCounts;
import revue.Hit;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;
import revue.entity.EntityExtractor;

/**
 * Runs the same queries through the local index and an OpenSearch backend built from the same
 * input, and measures how alike the answers are: same first hit, top-10 overlap, facet counts of
 * country, minister, lang and month. The queries are made from the articles themselves (titles, the
 * ministers and countries they name in each script, filters, date ranges), not picked by hand.
 */
final class ParityRun {

  /** What a run measured. */
  record Figures(
      int queries,
      int sameFirst,
      int sameFirstOrTied,
      double meanOverlap,
      int facetsEqual,
      List<String> differences) {
    double sameFirstShare() {
      return queries == 0 ? 0 : sameFirst / (double) queries;
    }

    double sameFirstOrTiedShare() {
      return queries == 0 ? 0 : sameFirstOrTied / (double) queries;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d queries: same first hit %.1f%% (%.1f%% counting a local tie for first as the same), mean top-10 overlap %.3f, facets equal %d/%d",
          queries,
          100 * sameFirstShare(),
          100 * sameFirstOrTiedShare(),
          meanOverlap,
          facetsEqual,
          queries);
    }
  }

  /** Queries made from up to {@code articles} of the index: titles, entity names, filters. */
  static List<SearchRequest> queries(Revue local, int want) {
    EntityExtractor entities = EntityExtractor.defaults();
    SearchResults all =
        local.search(
            new SearchRequest("", List.of(), 400, 0, true, Locale.ENGLISH).withCollapse(false));
    Set<String> titles = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    List<String> months = new ArrayList<>();
    for (Hit hit : all.hits()) {
      String[] words = hit.title().strip().split("\\s+");
      if (words.length >= 3) {
        titles.add(
            SearchRequest.literal(
                String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 5)))));
      }
      for (String m : hit.ministers()) {
        for (String form : entities.surfaceForms("minister", m)) {
          names.add("\"" + form + "\"");
        }
      }
      for (String c : hit.countries()) {
        countries.add(entities.countryName(c, Locale.FRENCH));
        countries.add(entities.countryName(c, Locale.forLanguageTag("ar")));
      }
      if (hit.date() != null) {
        months.add(hit.date().substring(0, 7));
      }
    }
    List<SearchRequest> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    interleave(texts, List.copyOf(titles), List.copyOf(names), List.copyOf(countries));
    int i = 0;
    for (String text : texts) {
      if (out.size() >= want) {
        break;
      }
      SearchRequest r =
          new SearchRequest(text, List.of(), 10, 1000, true, Locale.ENGLISH)
              .withCollapse(false); // rankings of articles; the collapsed ones are compared apart
      out.add(r);
      // every third query also with a filter: a language, a country, or a month range
      switch (i++ % 6) {
        case 1 -> out.add(r.withFilter("lang", i % 4 == 0 ? "ar" : "fr"));
        case 3 -> {
          if (!months.isEmpty()) {
            String m = months.get(i % months.size());
            out.add(r.withFilter("date", m + "-01.." + m + "-28"));
          }
        }
        case 5 -> {
          if (!all.hits().isEmpty() && !all.hits().get(i % all.hits().size()).countries().isEmpty())
            out.add(
                r.withFilter("country", all.hits().get(i % all.hits().size()).countries().get(0)));
        }
        default -> {}
      }
    }
    return out.subList(0, Math.min(out.size(), want));
  }

  /**
   * Pasted paragraphs, read as long queries: the title and snippet of articles, taken in index
   * order, that make 20 words or more together.
   */
  static List<SearchRequest> longQueries(Revue local, int want) {
    SearchResults all =
        local.search(
            new SearchRequest("", List.of(), 400, 0, true, Locale.ENGLISH).withCollapse(false));
    List<SearchRequest> out = new ArrayList<>();
    for (Hit hit : all.hits()) {
      String text = (hit.title() + " " + hit.snippetText()).strip();
      if (out.size() < want && text.split("\\s+").length >= 20) {
        out.add(
            new SearchRequest(
                    SearchRequest.literal(text), List.of(), 10, 1000, true, Locale.ENGLISH)
                .withCollapse(false));
      }
    }
    return out;
  }

  private static void interleave(List<String> out, List<String> a, List<String> b, List<String> c) {
    int n = Math.max(a.size(), Math.max(b.size(), c.size()));
    for (int i = 0; i < n; i++) {
      if (i < a.size()) out.add(a.get(i));
      if (i < b.size()) out.add(b.get(i));
      if (i < c.size()) out.add(c.get(i));
    }
  }

  static Figures compare(Revue local, Revue cluster, List<SearchRequest> queries) {
    int same = 0;
    int tied = 0;
    int facetsEqual = 0;
    double overlap = 0;
    List<String> differences = new ArrayList<>();
    for (SearchRequest q : queries) {
      SearchResults a = local.search(q);
      SearchResults b = cluster.search(q);
      List<String> ia = a.hits().stream().map(Hit::id).toList();
      List<String> ib = b.hits().stream().map(Hit::id).toList();
      boolean first = ia.isEmpty() ? ib.isEmpty() : !ib.isEmpty() && ia.get(0).equals(ib.get(0));
      if (first) {
        same++;
        tied++;
      } else if (!ib.isEmpty() && !ia.isEmpty()) {
        // the cluster's first hit scores locally as much as the local first: the local order
        // between them is index order, which the cluster cannot know
        float top = a.hits().get(0).score();
        for (Hit h : a.hits()) {
          if (h.id().equals(ib.get(0)) && h.score() == top) {
            tied++;
          }
        }
      }
      Set<String> common = new HashSet<>(ia);
      common.retainAll(ib);
      int size = Math.max(ia.size(), ib.size());
      overlap += size == 0 ? 1 : common.size() / (double) size;
      boolean facets = facets(a).equals(facets(b));
      if (facets) {
        facetsEqual++;
      }
      if (!first || !facets || a.total() != b.total()) {
        differences.add(
            q.query()
                + " "
                + q.filters()
                + ": total "
                + a.total()
                + "/"
                + b.total()
                + (first
                    ? ""
                    : ", first "
                        + (ia.isEmpty() ? "-" : ia.get(0))
                        + " / "
                        + (ib.isEmpty() ? "-" : ib.get(0)))
                + (facets ? "" : ", facets " + facets(a) + " / " + facets(b)));
      }
    }
    return new Figures(
        queries.size(),
        same,
        tied,
        queries.isEmpty() ? 0 : overlap / queries.size(),
        facetsEqual,
        differences);
  }

  /**
   * Mean top-{@code k} overlap of the related articles of up to {@code articles} articles (shared
   * ids over the longer list; 1 when both are empty), and how many lists are identical in order.
   */
  static double[] relatedOverlap(Revue local, Revue cluster, int articles, int k) {
    List<String> ids =
        local
            .search(
                new SearchRequest("", List.of(), articles, 0, true, Locale.ENGLISH)
                    .withCollapse(false))
            .hits()
            .stream()
            .map(Hit::id)
            .toList();
    double overlap = 0;
    int identical = 0;
    for (String id : ids) {
      List<String> a = local.related(id, k).related().stream().map(r -> r.hit().id()).toList();
      List<String> b = cluster.related(id, k).related().stream().map(r -> r.hit().id()).toList();
      Set<String> common = new HashSet<>(a);
      common.retainAll(b);
      int size = Math.max(a.size(), b.size());
      overlap += size == 0 ? 1 : common.size() / (double) size;
      if (a.equals(b)) {
        identical++;
      }
    }
    return new double[] {ids.size(), ids.isEmpty() ? 0 : overlap / ids.size(), identical};
  }

  /**
   * For collapsed searches: the hits shown by both backends, and how many of them list the same
   * other articles of their story ({@link Hit#similarIds()} as sets), and how many hits stand for
   * others at all, locally.
   */
  static int[] similarAgreement(Revue local, Revue cluster, List<SearchRequest> queries) {
    int common = 0;
    int same = 0;
    int grouped = 0;
    for (SearchRequest q : queries) {
      Map<String, Set<String>> a = new TreeMap<>();
      local.search(q).hits().forEach(h -> a.put(h.id(), new TreeSet<>(h.similarIds())));
      for (Hit h : cluster.search(q).hits()) {
        Set<String> mine = a.get(h.id());
        if (mine != null) {
          common++;
          if (mine.equals(new TreeSet<>(h.similarIds()))) {
            same++;
          }
          if (!mine.isEmpty()) {
            grouped++;
          }
        }
      }
    }
    return new int[] {common, same, grouped};
  }

  /** The country, minister, lang and month counts, every value. */
  static Map<String, Map<String, Long>> facets(SearchResults r) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (FacetCounts f : r.facets()) {
      if (Set.of("country", "minister", "lang", "date").contains(f.dimension())) {
        Map<String, Long> values = new TreeMap<>();
        f.values().forEach(v -> values.put(v.value(), v.count()));
        out.put(f.dimension(), values);
      }
    }
    return out;
  }

  /**
   * The cluster the tests use: -Drevue.opensearch.url (a cluster already running, to rerun a test
   * quickly), else the run's shared {@link DevCluster}.
   */
  static String clusterUrl() {
    String url = System.getProperty("revue.opensearch.url");
    if (url != null && !url.isBlank()) {
      return url;
    }
    try {
      return DevCluster.shared().backend();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Revue.Options on(String url, String name, int shards, int replicas) {
    return Revue.Options.builder()
        .backend(
            URI.create(
                url.replaceAll("/+$", "")
                    + "/"
                    + name
                    + "?shards="
                    + shards
                    + "&replicas="
                    + replicas))
        .build();
  }

  /** p50 and p99 of the queries' latencies, after a warm-up pass, in milliseconds. */
  static String latency(Revue revue, List<SearchRequest> queries) {
    revue.eval.LatencyStats stats = new revue.eval.LatencyStats();
    for (int pass = 0; pass < 2; pass++) {
      stats.clear();
      for (SearchRequest q : queries) {
        stats.time(() -> revue.search(q));
      }
    }
    return stats.summary().line();
  }
}

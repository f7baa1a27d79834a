package revue.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import revue.FacetCounts;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;
import revue.eval.LatencyStats;
import revue.serve.Limits;
import revue.serve.RevueServer;

/**
 * A bounded load run of {@code revue serve} on loopback: concurrent clients send a fixed-seed mix
 * of searches (titles, entity queries), facet clicks and timelines for a set time; then the same
 * requests go through the library in-process ({@link Revue#search}, {@link Revue#dayCounts}) from
 * as many threads, and from as many as the server has workers, for comparison. Prints p50, p99 and
 * requests/s per run and per kind, and the errors (any answer but 200). Not a test: run it with
 * {@code scripts/serve-load.sh}.
 *
 * <p>Usage: {@code ServeLoad INDEX_DIR TITLES_TSV [--seconds 60] [--warmup 15] [--clients 16]
 * [--seed 42]}
 */
public final class ServeLoad {

  enum Kind {
    TITLE,
    ENTITY,
    FACET_CLICK,
    TIMELINE
  }

  /** One request of the mix; {@code country} is the facet value clicked, else null. */
  record Request(Kind kind, String query, String country) {

    String path() {
      String q = "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
      return switch (kind) {
        case TITLE, ENTITY -> "/api/search?" + q + "&limit=20";
        case FACET_CLICK -> "/api/search?" + q + "&limit=20&filter=country:" + country;
        case TIMELINE -> "/api/timeline?" + q;
      };
    }

    void runOn(Revue revue) {
      switch (kind) {
        case TITLE, ENTITY -> revue.search(SearchRequest.of(query).withLimit(20));
        case FACET_CLICK ->
            revue.search(SearchRequest.of(query).withLimit(20).withFilter("country", country));
        case TIMELINE -> {
          revue.dayCounts(SearchRequest.of(""));
          revue.dayCounts(SearchRequest.of(query));
        }
      }
    }
  }

  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: ServeLoad INDEX_DIR TITLES_TSV [--seconds 60] [--warmup 15] [--clients 16] [--seed 42]");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    Path titlesFile = Path.of(args[1]);
    int seconds = intOption(args, "--seconds", 60);
    int warmup = intOption(args, "--warmup", 15);
    int clients = intOption(args, "--clients", 16);
    long seed = intOption(args, "--seed", 42);
    if (!Revue.exists(index)) {
      System.err.println("no index at " + index);
      System.exit(2);
    }
    List<String> titles = new ArrayList<>();
    for (String line : Files.readAllLines(titlesFile)) {
      int tab = line.indexOf('\t');
      String words = QuerySet.plainWords(tab < 0 ? line : line.substring(tab + 1));
      if (!words.isBlank()) {
        titles.add(words);
      }
    }
    List<Request> mix;
    long documents;
    try (Revue revue = Revue.open(index)) {
      documents = revue.stats().documents();
      mix = mix(revue, titles, seed);
    }
    System.out.printf(
        Locale.ROOT,
        "index %s: %,d articles; %d clients, %d s warm-up, %d s measured, seed %d, %d requests in the mix%n",
        index,
        documents,
        clients,
        warmup,
        seconds,
        seed,
        mix.size());

    Limits limits = Limits.defaults().withRequestsPerMinute(0);
    System.out.println("load average at start: " + loadAverage());
    try (Revue revue = Revue.open(index);
        RevueServer server =
            RevueServer.start(
                index,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                limits,
                System.err::println)) {
      Client library =
          r -> {
            r.runOn(revue);
            return true;
          };
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = "http://127.0.0.1:" + server.port();
      Client client =
          r -> {
            HttpResponse<byte[]> response =
                http.send(
                    HttpRequest.newBuilder(URI.create(base + r.path())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
          };
      // the JIT and both instances' per-searcher memories warm up on the same mix first
      run("library", clients, Duration.ofSeconds(warmup), mix, seed, library);
      run("http", clients, Duration.ofSeconds(warmup), mix, seed, client);
      report(
          "http, " + clients + " clients, " + limits.workers() + " workers",
          run("http", clients, Duration.ofSeconds(seconds), mix, seed, client));
      report(
          "library, " + clients + " threads",
          run("library", clients, Duration.ofSeconds(seconds), mix, seed, library));
      report(
          "library, " + limits.workers() + " threads",
          run("library", limits.workers(), Duration.ofSeconds(seconds), mix, seed, library));
    }
    System.out.println("load average at end: " + loadAverage());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /**
   * The request mix: per 20 requests, 10 title searches, 4 entity queries, 3 facet clicks (an
   * entity query drilled down on its top country) and 3 timelines of an entity query.
   */
  static List<Request> mix(Revue revue, List<String> titles, long seed) {
    Map<String, String> topCountry = new java.util.HashMap<>();
    for (String q : QuerySet.ENTITY_QUERIES) {
      SearchResults r = revue.search(SearchRequest.of(q).withLimit(0));
      for (FacetCounts f : r.facets()) {
        if (f.dimension().equals("country") && !f.values().isEmpty()) {
          topCountry.put(q, f.values().get(0).value());
        }
      }
    }
    Random random = new Random(seed);
    List<Request> mix = new ArrayList<>();
    List<String> entityQueries = QuerySet.ENTITY_QUERIES;
    for (int i = 0; i < 2000; i++) {
      int slot = i % 20;
      String entity = entityQueries.get(random.nextInt(entityQueries.size()));
      if (slot < 10) {
        mix.add(new Request(Kind.TITLE, titles.get(random.nextInt(titles.size())), null));
      } else if (slot < 14) {
        mix.add(new Request(Kind.ENTITY, entity, null));
      } else if (slot < 17 && topCountry.containsKey(entity)) {
        mix.add(new Request(Kind.FACET_CLICK, entity, topCountry.get(entity)));
      } else {
        mix.add(new Request(Kind.TIMELINE, entity, null));
      }
    }
    java.util.Collections.shuffle(mix, random);
    return List.copyOf(mix);
  }

  private interface Client {
    boolean send(Request r) throws Exception;
  }

  private record Result(
      Map<Kind, LatencyStats> byKind, LatencyStats all, long errors, Duration wall) {}

  private static Result run(
      String name, int clients, Duration length, List<Request> mix, long seed, Client client)
      throws InterruptedException {
    Map<Kind, LatencyStats> byKind = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      byKind.put(k, new LatencyStats());
    }
    LatencyStats all = new LatencyStats();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = (int) ((seed + c * 131L) % mix.size());
      threads.add(
          Thread.ofPlatform()
              .name(name + "-client-" + c)
              .start(
                  () -> {
                    for (int i = offset; System.nanoTime() < end; i = (i + 1) % mix.size()) {
                      Request r = mix.get(i);
                      long t0 = System.nanoTime();
                      boolean ok;
                      try {
                        ok = client.send(r);
                      } catch (Exception | Error e) {
                        ok = false;
                      }
                      long took = System.nanoTime() - t0;
                      if (!ok) {
                        errors.incrementAndGet();
                      }
                      all.record(took);
                      byKind.get(r.kind()).record(took);
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Result(byKind, all, errors.get(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static void report(String name, Result r) {
    System.out.printf(
        Locale.ROOT,
        "%s: %s, %d errors%n",
        name,
        r.all().summary(r.wall()).line().replace("queries", "requests"),
        r.errors());
    for (var e : r.byKind().entrySet()) {
      if (e.getValue().count() > 0) {
        System.out.printf(
            Locale.ROOT,
            "  %-12s %s%n",
            e.getKey().name().toLowerCase(Locale.ROOT),
            e.getValue().summary(r.wall()).line().replace("queries", "requests"));
      }
    }
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}

package revue.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import revue.Hit;
import revue.Revue;
import revue.SearchRequest;
import revue.cli.RevueCli;
import revue.index.GeneratedCorpus;

/**
 * Kills {@code revue watch run} (a child JVM) with SIGKILL at random moments, then runs it to the
 * end: no article is lost or reported by two runs that completed, and no feed holds one twice.
 */
class WatchKillTest {

  private static final int TRIALS = 8;
  private static final List<String> QUERIES = List.of("ministre", "Niger", "summit");

  @TempDir Path tmp;

  @Test
  void aRunKilledAnywhereNeitherLosesNorRepeatsAnArticle() throws Exception {
    Path index = tmp.resolve("index");
    GeneratedCorpus.write(tmp.resolve("corpus/base"), 2, 600, 1);
    assertEquals(
        0,
        cli("index", tmp.resolve("corpus").toString(), "--index", index.toString(), "--quiet")
            .waitFor());
    for (String q : QUERIES) {
      assertEquals(0, cli("watch", "add", name(q), q, "--index", index.toString()).waitFor());
    }
    assertEquals(
        0,
        cli("watch", "feeds", "feeds", "--keep", "100000", "--index", index.toString()).waitFor());
    Map<String, Set<String>> before = matches(index);
    // new articles: the same generator, another seed, files of other names (other ids)
    GeneratedCorpus.write(tmp.resolve("gen"), 2, 400, 2);
    Files.createDirectories(tmp.resolve("corpus/new"));
    Files.move(tmp.resolve("gen/part-00.jsonl"), tmp.resolve("corpus/new/new-00.jsonl"));
    Files.move(tmp.resolve("gen/part-01.jsonl"), tmp.resolve("corpus/new/new-01.jsonl"));
    assertEquals(
        0,
        cli("index", tmp.resolve("corpus").toString(), "--index", index.toString(), "--quiet")
            .waitFor());
    Map<String, Set<String>> expected = new HashMap<>();
    for (var e : matches(index).entrySet()) {
      Set<String> fresh = new TreeSet<>(e.getValue());
      fresh.removeAll(before.get(e.getKey()));
      assertTrue(fresh.size() > 100, e.getKey() + ": " + fresh.size());
      expected.put(e.getKey(), fresh);
    }

    // a whole run on a copy of the index, to time one
    Path copy = tmp.resolve("copy");
    copyTree(index, copy);
    long start = System.nanoTime();
    assertEquals(0, cli("watch", "run", "--index", copy.toString()).waitFor());
    long fullMillis = (System.nanoTime() - start) / 1_000_000;

    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int trial = 0; trial < TRIALS; trial++) {
      long killAfter = (long) (random.nextDouble() * fullMillis * 1.1);
      Process child = cli("watch", "run", "--index", index.toString());
      if (!child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor();
      }
      String where =
          "trial "
              + trial
              + " (seed "
              + seed
              + ", killed after "
              + killAfter
              + " of "
              + fullMillis
              + " ms)";
      for (String q : QUERIES) {
        List<String> feed = feedArticleIds(index.resolve("feeds/" + name(q) + ".atom"));
        assertEquals(
            feed.size(),
            new HashSet<>(feed).size(),
            where + ": an article twice in the feed of " + q);
        assertTrue(expected.get(q).containsAll(feed), where);
        Set<String> committed = reportedSince(index, q, before.get(q));
        assertTrue(
            new HashSet<>(feed).containsAll(committed),
            where + ": recorded as reported but not in the feed");
      }
    }

    Map<String, Set<String>> committed = new HashMap<>();
    for (String q : QUERIES) {
      committed.put(q, reportedSince(index, q, before.get(q)));
    }
    Process last = capturing("watch", "run", "--index", index.toString(), "--json");
    String out = new String(last.getInputStream().readAllBytes());
    assertEquals(0, last.waitFor(), out);
    JsonNode run = new ObjectMapper().readTree(out);
    for (JsonNode report : run.get("searches")) {
      String q = query(report.get("name").asText());
      Set<String> reported = new TreeSet<>();
      report.get("articles").forEach(a -> reported.add(a.get("id").asText()));
      assertEquals(report.get("articles").size(), reported.size());
      Set<String> both = new TreeSet<>(reported);
      both.retainAll(committed.get(q));
      assertEquals(Set.of(), both, q + ": reported by a completed run before");
      Set<String> all = new TreeSet<>(reported);
      all.addAll(committed.get(q));
      assertEquals(expected.get(q), all, q + ": every new article reported once");
      assertEquals(
          expected.get(q),
          new TreeSet<>(feedArticleIds(index.resolve("feeds/" + name(q) + ".atom"))));
    }
    Process quiet = capturing("watch", "run", "--index", index.toString());
    String nothing = new String(quiet.getInputStream().readAllBytes());
    assertEquals(0, quiet.waitFor());
    assertEquals("ministre: nothing new\nniger: nothing new\nsummit: nothing new\n", nothing);
  }

  private static String name(String query) {
    return query.toLowerCase(java.util.Locale.ROOT);
  }

  private static String query(String name) {
    return QUERIES.stream().filter(q -> name(q).equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, Set<String>> matches(Path index) {
    Map<String, Set<String>> all = new HashMap<>();
    try (Revue revue = Revue.open(index)) {
      for (String q : QUERIES) {
        Set<String> ids = new TreeSet<>();
        for (Hit h :
            revue.search(SearchRequest.of(q).withLimit(100_000).withFacetLimit(0)).hits()) {
          ids.add(h.id());
        }
        all.put(q, ids);
      }
    }
    return all;
  }

  /** The ids the saved search's record holds, less those it matched when added. */
  private static Set<String> reportedSince(Path index, String q, Set<String> baseline)
      throws IOException {
    List<String> lines = Files.readAllLines(index.resolve("watch-state/" + name(q) + ".reported"));
    Set<String> ids = new TreeSet<>(lines.subList(1, lines.size()));
    ids.removeAll(baseline);
    return ids;
  }

  private static List<String> feedArticleIds(Path feed) throws Exception {
    if (!Files.exists(feed)) {
      return List.of();
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList ids =
        factory
            .newDocumentBuilder()
            .parse(feed.toFile())
            .getElementsByTagNameNS(AtomFeed.ATOM, "id");
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < ids.getLength(); i++) {
      String id = ids.item(i).getTextContent();
      if (id.startsWith(AtomFeed.ARTICLE_URN)) {
        articles.add(id.substring(AtomFeed.ARTICLE_URN.length()));
      }
    }
    return articles;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!f.getFileName().toString().equals("revue.lock")) {
          Files.copy(f, target);
        }
      }
    }
  }

  /** Starts the CLI, its output discarded (a run prints more than a pipe holds). */
  private static Process cli(String... args) throws IOException {
    return builder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Starts the CLI; read its output before waiting for it. */
  private static Process capturing(String... args) throws IOException {
    return builder(args).start();
  }

  private static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add(RevueCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
  }
}

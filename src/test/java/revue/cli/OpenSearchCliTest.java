package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.opensearch.DevCluster;

/**
 * The commands a user runs with {@code --backend} on a real cluster (the run's shared {@link
 * DevCluster}, or -Drevue.opensearch.url): the writers' lock, the last run in stats, saved
 * searches, serve. Each test writes an index name of its own.
 */
class OpenSearchCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;

  private static String clusterUrl() throws IOException, InterruptedException {
    String url = System.getProperty("revue.opensearch.url");
    return url != null && !url.isBlank()
        ? url.replaceAll("/+$", "")
        : DevCluster.shared().backend();
  }

  private static String backend(String name) throws IOException, InterruptedException {
    return clusterUrl() + "/" + name + "-" + Long.toString(System.nanoTime(), 36);
  }

  /** The cluster's REST address behind a backend URI. */
  private static String http(String backend) {
    URI uri = URI.create(backend);
    return "http://" + uri.getHost() + ":" + uri.getPort();
  }

  private static String name(String backend) {
    return URI.create(backend).getPath().substring(1);
  }

  private static HttpResponse<String> rest(String method, String url, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Writes the lock document as another writer would, with this heartbeat. */
  private static void lockAs(String backend, long pid, String host, Instant heartbeat)
      throws IOException, InterruptedException {
    String index = http(backend) + "/" + name(backend) + "-runs";
    rest(
        "PUT",
        index,
        "{\"settings\":{\"index\":{\"number_of_shards\":1}},\"mappings\":{\"enabled\":false}}");
    HttpResponse<String> created =
        rest(
            "PUT",
            index + "/_create/lock?refresh=true",
            JSON.createObjectNode()
                .put("pid", pid)
                .put("host", host)
                .put("command", "rebuild")
                .put("since", heartbeat.toString())
                .put("heartbeat", heartbeat.toString())
                .toString());
    assertEquals(201, created.statusCode(), created.body());
  }

  @Test
  void aSecondWriterGetsOneLineNamingTheHolderAndAStaleLockIsTakenOver() throws Exception {
    String backend = backend("cli-lock");
    String index = tmp.resolve("home").toString();
    // a writer on another machine, alive (its heartbeat is fresh)
    Instant now = Instant.now();
    lockAs(backend, 4242, "elsewhere.example", now);
    CliRunner refused =
        CliRunner.run("index", "corpus", "--backend", backend, "--index", index, "--quiet");
    assertEquals(ExitCodes.FAILURE, refused.exitCode(), refused.err());
    assertEquals(
        "revue: index "
            + backend
            + " is locked by pid 4242 on elsewhere.example (revue rebuild, started "
            + now
            + "); wait for it to finish, or pass --wait\n",
        refused.err());
    assertEquals(
        404,
        rest("GET", http(backend) + "/" + name(backend) + "-gen-000001", null).statusCode(),
        "the refused writer created nothing");

    // the same writer, silent for two minutes: stale, taken over
    rest("DELETE", http(backend) + "/" + name(backend) + "-runs/_doc/lock?refresh=true", null);
    lockAs(backend, 4242, "elsewhere.example", now.minusSeconds(120));
    CliRunner taken =
        CliRunner.run("index", "corpus", "--backend", backend, "--index", index, "--quiet");
    assertEquals(0, taken.exitCode(), taken.err());
    assertTrue(taken.out().startsWith("indexed 7 articles into " + backend + " in "), taken.out());
    assertEquals(
        404,
        rest("GET", http(backend) + "/" + name(backend) + "-runs/_doc/lock", null).statusCode(),
        "the lock is released after the run");

    // the last run, as stats shows it locally
    CliRunner stats = CliRunner.run("stats", "--backend", backend, "--index", index);
    assertEquals(0, stats.exitCode(), stats.err());
    assertTrue(
        Pattern.compile(
                "(?m)^last run    index ok at .*: 7 added, 0 updated, 0 removed, 0 unchanged$")
            .matcher(stats.out())
            .find(),
        stats.out());
    CliRunner rebuildEmpty =
        CliRunner.run(
            "rebuild",
            Files.createDirectories(tmp.resolve("empty")).toString(),
            "--backend",
            backend,
            "--index",
            index,
            "--quiet");
    assertEquals(ExitCodes.FAILURE, rebuildEmpty.exitCode(), rebuildEmpty.err());
    JsonNode json =
        JSON.readTree(
            CliRunner.run("stats", "--backend", backend, "--index", index, "--json").out());
    assertEquals(7, json.get("documents").asLong());
    assertEquals("rebuild", json.get("lastRun").get("command").asText());
    assertEquals(false, json.get("lastRun").get("ok").asBoolean());
    assertEquals(name(backend) + "-gen-000001", json.get("lastRun").get("generation").asText());
    assertEquals(7, json.get("lastRun").get("documents").asLong());
    assertTrue(json.get("lastRun").get("message").asText().startsWith("rebuild read no article"));
  }

  @Test
  void savedSearchesReportTheNewArticlesOfTheCluster() throws Exception {
    String backend = backend("cli-watch");
    String index = tmp.resolve("home").toString();
    Path corpus = tmp.resolve("corpus");
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = corpus.resolve(Path.of("corpus").relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    CliRunner first =
        CliRunner.run(
            "index", corpus.toString(), "--backend", backend, "--index", index, "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    CliRunner add =
        CliRunner.run("watch", "add", "maroc", "Maroc", "--backend", backend, "--index", index);
    assertEquals(0, add.exitCode(), add.err());
    assertEquals(
        "saved 'maroc': Maroc (4 articles match now, taken as reported: a run reports the"
            + " articles that match later)\n",
        add.out());
    Files.writeString(
        corpus.resolve("new-maroc.jsonl"),
        "{\"id\":\"a1\",\"title\":\"Le Maroc et la Mauritanie signent un accord\",\"body\":\"Rabat,"
            + " le 3 mai 2023. Le Maroc et la Mauritanie ont signé un accord de coopération"
            + " énergétique.\",\"date\":\"2023-05-03\"}\n");
    CliRunner indexed =
        CliRunner.run(
            "index",
            corpus.toString(),
            "--backend",
            backend,
            "--index",
            index,
            "--quiet",
            "--watch");
    assertEquals(0, indexed.exitCode(), indexed.err());
    assertTrue(indexed.out().contains("\nmaroc: 1 new article (feed "), indexed.out());
    assertTrue(indexed.out().contains("new-maroc/a1"), indexed.out());
    CliRunner again = CliRunner.run("watch", "run", "--backend", backend, "--index", index);
    assertEquals(0, again.exitCode(), again.err());
    assertEquals("maroc: nothing new\n", again.out());
    assertTrue(Files.readString(Path.of(index, "feeds", "maroc.atom")).contains("new-maroc/a1"));
  }

  @Test
  void serveAnswersFromTheCluster() throws Exception {
    String backend = backend("cli-serve");
    Path home = tmp.resolve("home");
    CliRunner indexed =
        CliRunner.run(
            "index", "corpus", "--backend", backend, "--index", home.toString(), "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    Process p =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED",
                RevueCli.class.getName(),
                "serve",
                "--backend",
                backend,
                "--index",
                home.toString(),
                "--port",
                "0")
            .redirectError(tmp.resolve("err.txt").toFile())
            .start();
    try {
      String line =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      Matcher m =
          Pattern.compile(
                  "revue serve: http://127\\.0\\.0\\.1:(\\d+)/ \\(backend "
                      + Pattern.quote(backend)
                      + "\\)")
              .matcher(String.valueOf(line));
      assertTrue(m.matches(), line);
      String base = "http://127.0.0.1:" + m.group(1);
      HttpResponse<String> search = rest("GET", base + "/api/search?q=Bourita", null);
      assertEquals(200, search.statusCode(), search.body());
      JsonNode results = JSON.readTree(search.body());
      assertEquals(4, results.get("total").asLong());
      assertEquals(4, results.get("hits").size());
      String id = results.get("hits").get(0).get("id").asText();
      HttpResponse<String> article =
          rest("GET", base + "/api/article/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null);
      assertEquals(200, article.statusCode(), article.body());
      assertEquals(id, JSON.readTree(article.body()).get("id").asText());
      JsonNode stats = JSON.readTree(rest("GET", base + "/api/stats", null).body());
      assertEquals(7, stats.get("documents").asLong());
      assertEquals("index", stats.get("lastRun").get("command").asText());
      HttpResponse<String> csv = rest("GET", base + "/api/export.csv?q=Bourita", null);
      assertEquals(200, csv.statusCode());
      assertEquals(4, csv.body().lines().filter(l -> l.matches("^[1-4],.*")).count(), csv.body());
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }
}

package revue.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A two-node OpenSearch cluster for tests, started as users start it ({@code
 * scripts/opensearch-dev.sh run}, in a JVM of its own with OpenSearch's jars, never on the tests'
 * class path), in a temporary folder.
 *
 * <p>{@link #start()} returns once both nodes are up and the cluster is green; {@link #close()}
 * stops it and deletes the folder. The cluster also stops by itself when this JVM dies (its
 * standard input, a pipe from here, closes). Not thread-safe: one test drives one cluster; {@link
 * #shared()} is one for the whole run, whose nodes a test must not stop.
 */
public final class DevCluster implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /** The launcher's exit code when a port chosen free was taken before a node bound it. */
  private static final int EXIT_PORT_TAKEN = 75;

  private static DevCluster shared;

  private final Path dir;
  private final Process process;
  private final OutputStream parentPipe;
  private final List<URI> nodes;
  private final int controlPort;
  private final Thread reaper;
  private final HttpClient http = HttpClient.newHttpClient();

  private DevCluster(Path dir, Process process, List<URI> nodes, int controlPort) {
    this.dir = dir;
    this.process = process;
    this.parentPipe = process.getOutputStream();
    this.nodes = nodes;
    this.controlPort = controlPort;
    this.reaper =
        new Thread(
            () -> {
              try {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                deleteTree(dir);
              } catch (IOException | InterruptedException e) {
                // the JVM is going: nothing more to do
              }
            },
            "dev-cluster-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts a new two-node cluster and waits until it is green.
   *
   * @throws IllegalStateException if it did not start, with the end of its log: OpenSearch's jars
   *     come from Maven Central (src/devcluster/pom.xml), so a build without them cannot run it
   */
  public static DevCluster start() throws IOException, InterruptedException {
    Path root = projectRoot();
    Path dir = Files.createTempDirectory("revue-opensearch-dev");
    Path log = dir.resolve("opensearch.log");
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            root.resolve("scripts/opensearch-dev.sh").toString(),
            "run",
            "--dir",
            dir.toString());
    // the script's java: this JVM's (21+), whatever JAVA_HOME says
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.redirectErrorStream(true).redirectOutput(log.toFile());

    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    Path url = dir.resolve("url");
    Process process = pb.start();
    for (int tries = 1; !Files.exists(url); ) {
      if (!process.isAlive()) {
        // a port chosen free was taken before a node bound it: start again (3 tries)
        if (process.exitValue() == EXIT_PORT_TAKEN && tries < 3) {
          tries++;
          process = pb.start();
          continue;
        }
        throw notStarted(dir, "it exited with code " + process.exitValue());
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw notStarted(dir, "no node started in " + START_TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(100);
    }
    List<URI> nodes =
        Files.readAllLines(dir.resolve("nodes")).stream()
            .map(line -> URI.create(line.split(" ")[1]))
            .toList();
    int controlPort = Integer.parseInt(Files.readString(dir.resolve("control")).trim());
    DevCluster cluster = new DevCluster(dir, process, nodes, controlPort);
    try {
      String health =
          cluster.get("/_cluster/health?wait_for_status=green&wait_for_nodes=2&timeout=120s");
      if (!health.contains("\"status\":\"green\"") || health.contains("\"timed_out\":true")) {
        throw notStarted(dir, "not green in 120 s: " + health);
      }
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** One cluster for the whole test run, started on first use; never stop one of its nodes. */
  public static synchronized DevCluster shared() throws IOException, InterruptedException {
    if (shared == null || !shared.process.isAlive()) {
      shared = start();
    }
    return shared;
  }

  /** Node 1's HTTP URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI httpUrl() {
    return nodes.get(0);
  }

  /** The HTTP URL of node {@code n} (1 or 2). */
  public URI nodeUrl(int n) {
    return nodes.get(n - 1);
  }

  /** What revue's {@code --backend} takes: {@code opensearch://127.0.0.1:PORT}. */
  public String backend() {
    return "opensearch://" + httpUrl().getHost() + ":" + httpUrl().getPort();
  }

  /** The pid of the cluster's JVM. */
  public long pid() {
    return process.pid();
  }

  /** Whether the cluster's JVM still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Stops node {@code n} (1 or 2) as an operator would (voting exclusion, then shutdown); the other
   * goes on, yellow where indices have one replica. Node 1's URL dies with node 1.
   */
  public void stopNode(int n) throws IOException {
    String answer = control("stop-node " + n);
    if (!answer.startsWith("ok")) {
      throw new IllegalStateException("stop-node " + n + ": " + answer.strip());
    }
  }

  /** GET on the first node still answering; returns the body, whatever the status. */
  public String get(String pathAndQuery) throws IOException, InterruptedException {
    IOException last = null;
    for (URI node : nodes) {
      try {
        return http.send(
                HttpRequest.newBuilder(node.resolve(pathAndQuery))
                    .timeout(Duration.ofSeconds(150))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Stops the cluster (both nodes, then its JVM) and deletes its folder. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      try {
        control("stop");
      } catch (IOException e) {
        // already going: closing its standard input below stops it all the same
      }
      parentPipe.close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
    deleteTree(dir);
  }

  /** Closes the cluster's standard input, as the death of this JVM would (for tests of that). */
  void closeParentPipe() throws IOException {
    parentPipe.close();
  }

  /** Waits for the cluster's JVM to end; its exit code, or -1 after the timeout. */
  int waitForExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  private String control(String command) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), controlPort);
        PrintWriter out =
            new PrintWriter(
                new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
      s.setSoTimeout(90_000);
      out.println(command);
      StringBuilder answer = new StringBuilder();
      for (String line; (line = in.readLine()) != null; ) {
        answer.append(line).append('\n');
      }
      return answer.toString();
    }
  }

  private static IllegalStateException notStarted(Path dir, String why) throws IOException {
    Path log = dir.resolve("opensearch.log");
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    return new IllegalStateException(
        "the OpenSearch dev cluster did not start ("
            + why
            + "); its jars come from Maven Central through src/devcluster/pom.xml (needs the"
            + " network once). Log "
            + log
            + ":\n"
            + tail);
  }

  private static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("scripts/opensearch-dev.sh"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "scripts/opensearch-dev.sh not found above " + Path.of("").toAbsolutePath());
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

package revue.devcluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opensearch.Version;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.BindHttpException;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.BindTransportException;

/**
 * A two-node OpenSearch cluster in one JVM of its own, for development and for revue's tests
 * (scripts/opensearch-dev.sh starts it). It runs OpenSearch's Lucene, never revue's: this class and
 * its jars are kept off revue's class path.
 *
 * <p>Usage: {@code DevClusterLauncher --dir D [--nodes N] [--watch-stdin]}. It clears what an
 * earlier run left in {@code D} (each start is a new, empty cluster), starts the nodes on free
 * loopback ports, and writes into {@code D}:
 *
 * <ul>
 *   <li>{@code pid}: this JVM's pid. The cluster halts when the file disappears or names another
 *       process (a {@code mvn clean}, a second start in the same folder), so it never outlives its
 *       state folder.
 *   <li>{@code nodes}: one line per node, {@code name http-url transport-port};
 *   <li>{@code control}: the port of a loopback socket that takes one command per connection and
 *       answers in text: {@code status}, {@code stop-node N}, {@code stop}.
 *   <li>{@code url}: the HTTP URL of node 1, written last, once every node has started.
 * </ul>
 *
 * <p>With {@code --watch-stdin} it also halts when its standard input closes, so a parent that dies
 * (a test JVM killed mid-run) takes the cluster with it. Any failure to start halts the JVM with
 * exit code 1: a half-started cluster is never left behind.
 */
public final class DevClusterLauncher {

  private static final String CLUSTER_NAME = "revue-dev";

  /** The exit code when a port was taken between its choice and its use: worth another try. */
  static final int EXIT_PORT_TAKEN = 75;

  private static final Set<String> STATE_FILES = Set.of("pid", "nodes", "control", "url");

  /** A search running on a node, or a search context kept there, in its node stats. */
  private static final Pattern SEARCH_IN_FLIGHT =
      Pattern.compile("\"(open_contexts|query_current|fetch_current|scroll_current)\":[1-9]");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Path dir;
  private int weightsVersion = -1;
  private final List<NodeSlot> nodes = new ArrayList<>();
  private final long pid = ProcessHandle.current().pid();

  /** One node: its settings, its ports, and the running {@link Node} once started. */
  private static final class NodeSlot {
    final int number;
    final String name;
    final int httpPort;
    final int transportPort;
    volatile Node node;
    volatile boolean stopped;

    NodeSlot(int number, int httpPort, int transportPort) {
      this.number = number;
      this.name = "node-" + number;
      this.httpPort = httpPort;
      this.transportPort = transportPort;
    }

    String httpUrl() {
      return "http://127.0.0.1:" + httpPort;
    }
  }

  /** A node given its plugins from the class path, as OpenSearch's own MockNode is. */
  private static final class ClasspathPluginNode extends Node {
    ClasspathPluginNode(Environment environment, Collection<PluginInfo> plugins) {
      super(environment, plugins, true);
    }

    /**
     * Not for nodes sharing a JVM: it sets the log's node and cluster ids once per JVM, and fails
     * (a warning with a stack trace) for the second node. MockNode leaves it out too.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}
  }

  private DevClusterLauncher(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) {
    Path dir = null;
    int count = 2;
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(args[++i]).toAbsolutePath();
        case "--nodes" -> count = Integer.parseInt(args[++i]);
        case "--watch-stdin" -> watchStdin = true;
        default -> {
          System.err.println("DevCluster: unknown argument " + args[i]);
          Runtime.getRuntime().halt(2);
        }
      }
    }
    if (dir == null || count < 1) {
      System.err.println("usage: DevClusterLauncher --dir D [--nodes N] [--watch-stdin]");
      Runtime.getRuntime().halt(2);
    }
    try {
      new DevClusterLauncher(dir).run(count, watchStdin);
    } catch (Throwable e) {
      System.err.println("DevCluster: failed to start: " + e);
      e.printStackTrace();
      Runtime.getRuntime().halt(isPortTaken(e) ? EXIT_PORT_TAKEN : 1);
    }
  }

  /** Whether a port chosen free was taken by another process before the node bound it. */
  private static boolean isPortTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException
          || t instanceof BindHttpException
          || t instanceof BindTransportException) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (isPortTaken(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private void run(int count, boolean watchStdin) throws Throwable {
    long started = System.nanoTime();
    Files.createDirectories(dir);
    clearEarlierRun(dir);
    writeAtomically("pid", pid + "\n");
    daemon("pid-file-watch", this::watchPidFile);
    if (watchStdin) {
      daemon("stdin-watch", this::watchStdin);
    }

    // Ports chosen now, all at once, so that each node's seed hosts name all transport ports.
    List<ServerSocket> held = new ArrayList<>();
    for (int i = 0; i < 2 * count; i++) {
      held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
    }
    for (int i = 1; i <= count; i++) {
      nodes.add(
          new NodeSlot(i, held.get(2 * i - 2).getLocalPort(), held.get(2 * i - 1).getLocalPort()));
    }
    for (ServerSocket s : held) {
      s.close();
    }

    Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "dev-cluster-shutdown"));

    // Two nodes in one JVM: each would set Netty's processor count, and when one node's check
    // reads the count between the other's claim and its set, the set fails ("availableProcessors
    // is already set to [2], rejecting [2]": a CI run lost both OpenSearch CLI tests to it). Netty
    // counts the processors itself, as OpenSearch's own multi-node tests let it.
    System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
    // In parallel: a node started alone waits (30 s) for the others before the cluster forms.
    List<Thread> starters = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (NodeSlot slot : nodes) {
      Thread t =
          new Thread(
              () -> {
                try {
                  slot.node = new ClasspathPluginNode(environment(slot), plugins());
                  slot.node.start();
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "start-" + slot.name);
      t.start();
      starters.add(t);
    }
    for (Thread t : starters) {
      t.join();
    }
    if (!failures.isEmpty()) {
      Throwable first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }

    ServerSocket control = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    StringBuilder table = new StringBuilder();
    for (NodeSlot slot : nodes) {
      table.append(slot.name).append(' ').append(slot.httpUrl()).append(' ');
      table.append(slot.transportPort).append('\n');
    }
    writeAtomically("nodes", table.toString());
    writeAtomically("control", control.getLocalPort() + "\n");
    writeAtomically("url", nodes.get(0).httpUrl() + "\n");
    System.out.printf(
        "DevCluster: %d nodes started in %.1f s, %s%n",
        count, (System.nanoTime() - started) / 1e9, nodes.get(0).httpUrl());
    System.out.flush();
    serveControl(control);
  }

  /**
   * Clears what an earlier run left in the folder (its nodes' data, its files), and only that:
   * other files, such as the log the script writes there, stay. Fails if that run still runs.
   */
  private static void clearEarlierRun(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Path pidFile = dir.resolve("pid");
    if (Files.exists(pidFile)) {
      String owner = Files.readString(pidFile).trim();
      boolean alive =
          owner.matches("[0-9]+")
              && ProcessHandle.of(Long.parseLong(owner)).map(ProcessHandle::isAlive).orElse(false);
      if (alive) {
        throw new IllegalStateException(
            "a dev cluster (pid " + owner + ") is already running in " + dir);
      }
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (name.matches("node-[0-9]+") && Files.isDirectory(p)) {
          deleteTree(p);
        } else if (STATE_FILES.contains(name)) {
          Files.delete(p);
        }
      }
    }
  }

  private Environment environment(NodeSlot slot) {
    Path home = dir.resolve(slot.name);
    List<String> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (NodeSlot other : nodes) {
      seeds.add("127.0.0.1:" + other.transportPort);
      names.add(other.name);
    }
    Settings settings =
        Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", slot.name)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", slot.httpPort)
            .put("transport.port", slot.transportPort)
            .putList("discovery.seed_hosts", seeds)
            .putList("cluster.initial_cluster_manager_nodes", names)
            // one zone per node, so that stop-node can route searches away from one first
            .put("node.attr.zone", zone(slot))
            .put("cluster.routing.allocation.awareness.attributes", "zone")
            // a dev machine's disk is often more than 90% full; shards must be allocated anyway
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    return InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> slot.name);
  }

  private static List<PluginInfo> plugins() {
    return Stream.of(
            "org.opensearch.transport.Netty4ModulePlugin",
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin")
        .map(
            c ->
                new PluginInfo(
                    c, "class path plugin", "NA", Version.CURRENT, "21", c, null, List.of(), false))
        .toList();
  }

  private void serveControl(ServerSocket control) {
    while (true) {
      try (Socket s = control.accept();
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out =
              new PrintWriter(
                  new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
        String line = in.readLine();
        String[] words = line == null ? new String[0] : line.trim().split("\\s+");
        String command = words.length == 0 ? "" : words[0];
        switch (command) {
          case "status" -> out.print(status());
          case "stop-node" -> {
            if (words.length != 2) {
              out.println("error: usage stop-node N");
            } else {
              out.println(stopNode(words[1]));
            }
          }
          case "stop" -> {
            closeAll();
            out.println("ok stopped");
            out.flush();
            s.close();
            Runtime.getRuntime().halt(0);
          }
          default ->
              out.println("error: unknown command '" + line + "' (status, stop-node N, stop)");
        }
      } catch (IOException e) {
        System.err.println("DevCluster: control connection failed: " + e);
      }
    }
  }

  private String status() {
    StringBuilder b = new StringBuilder();
    for (NodeSlot slot : nodes) {
      b.append(slot.name).append(' ').append(slot.httpUrl()).append(' ');
      b.append(slot.stopped ? "stopped" : "running").append('\n');
    }
    return b.toString();
  }

  /**
   * Stops one node as an operator would: first excluded from the voting configuration (through a
   * node that stays), so that the cluster keeps a cluster manager whichever node goes, then closed.
   * Its shard copies are lost with it; replicas elsewhere take over (yellow).
   */
  private synchronized String stopNode(String which) {
    int n;
    try {
      n = Integer.parseInt(which);
    } catch (NumberFormatException e) {
      return "error: not a node number: " + which;
    }
    if (n < 1 || n > nodes.size()) {
      return "error: no node " + n + " (1.." + nodes.size() + ")";
    }
    NodeSlot slot = nodes.get(n - 1);
    if (slot.stopped) {
      return "ok " + slot.name + " already stopped";
    }
    NodeSlot survivor =
        nodes.stream().filter(o -> o != slot && !o.stopped).findFirst().orElse(null);
    if (survivor == null) {
      return "error: " + slot.name + " is the last node running; use stop";
    }
    try {
      String base = survivor.httpUrl();
      HttpResponse<String> r =
          call(
              base + "/_cluster/voting_config_exclusions?node_names=" + slot.name + "&timeout=30s",
              "POST",
              "");
      if (r.statusCode() != 200) {
        return "error: voting exclusion of " + slot.name + ": " + r.statusCode() + " " + r.body();
      }
      // New searches avoid the node's zone (weight 0); those under way there finish.
      StringBuilder weights = new StringBuilder("{\"weights\":{");
      for (NodeSlot other : nodes) {
        weights
            .append(other.number > 1 ? "," : "")
            .append("\"")
            .append(zone(other))
            .append("\":\"");
        weights.append(other == slot || other.stopped ? 0 : 1).append("\"");
      }
      weights.append("},\"_version\":").append(weightsVersion).append('}');
      r = call(base + "/_cluster/routing/awareness/zone/weights", "PUT", weights.toString());
      if (r.statusCode() != 200) {
        return "error: routing searches away from "
            + slot.name
            + ": "
            + r.statusCode()
            + " "
            + r.body();
      }
      weightsVersion++;
      awaitNoSearchOn(base, slot);
      closeNode(slot);
      return "ok " + slot.name + " stopped";
    } catch (IOException e) {
      return "error: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "error: interrupted";
    }
  }

  /**
   * Waits (at most 10 s) until the node holds no search: none running, no search context kept
   * between the query and fetch phases. Twice in a row, a tenth of a second apart.
   */
  private static void awaitNoSearchOn(String base, NodeSlot slot)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    int quiet = 0;
    while (quiet < 2 && System.nanoTime() < deadline) {
      String stats =
          call(
                  base + "/_nodes/" + slot.name + "/stats/indices/search?filter_path=**.search",
                  "GET",
                  "")
              .body();
      quiet = SEARCH_IN_FLIGHT.matcher(stats).find() ? 0 : quiet + 1;
      Thread.sleep(100);
    }
  }

  private static HttpResponse<String> call(String url, String method, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(40))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String zone(NodeSlot slot) {
    return "zone-" + slot.number;
  }

  private static void closeNode(NodeSlot slot) throws IOException, InterruptedException {
    slot.stopped = true;
    Node node = slot.node;
    if (node != null) {
      node.close();
      node.awaitClose(20, TimeUnit.SECONDS);
    }
  }

  /** Closes the running nodes; halts the JVM if that takes more than 30 s. */
  private void closeAll() {
    Thread deadline =
        daemon(
            "close-deadline",
            () -> {
              try {
                Thread.sleep(30_000);
                System.err.println("DevCluster: nodes did not close in 30 s, halting");
                Runtime.getRuntime().halt(1);
              } catch (InterruptedException e) {
                // closed in time
              }
            });
    for (NodeSlot slot : nodes) {
      if (!slot.stopped) {
        try {
          closeNode(slot);
        } catch (Exception e) {
          System.err.println("DevCluster: closing " + slot.name + ": " + e);
        }
      }
    }
    deadline.interrupt();
  }

  private void watchPidFile() {
    Path file = dir.resolve("pid");
    while (true) {
      try {
        Thread.sleep(1000);
        String owner = Files.readString(file).trim();
        if (!owner.equals(Long.toString(pid))) {
          System.err.println("DevCluster: " + file + " names process " + owner + ", halting");
          Runtime.getRuntime().halt(3);
        }
      } catch (NoSuchFileException e) {
        System.err.println("DevCluster: " + file + " removed, halting");
        Runtime.getRuntime().halt(3);
      } catch (IOException e) {
        System.err.println("DevCluster: cannot read " + file + ": " + e + ", halting");
        Runtime.getRuntime().halt(3);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void watchStdin() {
    try {
      InputStream in = System.in;
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // whatever the parent writes is ignored; only the end of the stream counts
      }
    } catch (IOException e) {
      // a broken pipe is the same news as an end of stream
    }
    System.err.println("DevCluster: standard input closed (parent gone), stopping");
    closeAll();
    Runtime.getRuntime().halt(0);
  }

  private void writeAtomically(String name, String content) throws IOException {
    Path tmp = dir.resolve(name + ".tmp");
    Files.writeString(tmp, content);
    Files.move(
        tmp,
        dir.resolve(name),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}

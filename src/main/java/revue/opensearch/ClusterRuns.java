package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import revue.IndexLockedException;
import revue.RevueException;
import revue.RunReport;
import revue.json.JsonContract;

/**
 * What the local index folder keeps beside its generations, kept on the cluster in one small index
 * of its own, {@code NAME-runs} (one shard, a replica when there is a second node; {@code _source}
 * only, nothing indexed): the writers' lock and the last run's report.
 *
 * <p><b>The lock</b> is the document {@code lock}, created with {@code op_type=create}: of two
 * writers, the cluster lets exactly one create it, the other gets 409 and, after its lock wait, an
 * {@link IndexLockedException} naming the holder (pid, host, command, start). The holder rewrites
 * the document's heartbeat every {@link #HEARTBEAT} (compare-and-set on its sequence number) and
 * deletes it at the end of its run, only if it is still its own. A lock is stale, and taken over,
 * when its heartbeat is older than {@link #STALE} (a holder killed or cut off), or at once when its
 * holder is a process of this host that is gone (killed, as the local lock's operating-system lock
 * is released by a kill). The take-over deletes exactly the stale version it read, so two writers
 * that find one stale lock cannot both take it.
 *
 * <p>Thread-safe.
 */
final class ClusterRuns {

  /** How often a holder proves it is alive. */
  static final Duration HEARTBEAT = Duration.ofSeconds(10);

  /** A lock whose heartbeat is older than this is stale. */
  static final Duration STALE = Duration.ofSeconds(60);

  private static final Duration POLL = Duration.ofMillis(250);
  private static final String LOCK = "lock";
  private static final String LAST_RUN = "last-run";

  private final Cluster cluster;
  private final String index;

  ClusterRuns(Cluster cluster) {
    this.cluster = cluster;
    this.index = cluster.address().name() + "-runs";
  }

  /** The index's name. */
  String index() {
    return index;
  }

  /** The lock, held: close releases it. */
  final class Held implements AutoCloseable {
    private final Thread heartbeat;
    private volatile long seqNo;
    private volatile long primaryTerm;
    private volatile boolean lost;
    private final ObjectNode body;

    Held(ObjectNode body, long seqNo, long primaryTerm) {
      this.body = body;
      this.seqNo = seqNo;
      this.primaryTerm = primaryTerm;
      this.heartbeat = Thread.ofPlatform().daemon().name("revue-opensearch-lock").start(this::beat);
    }

    private void beat() {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(HEARTBEAT);
        } catch (InterruptedException e) {
          return;
        }
        synchronized (this) {
          if (lost) {
            return;
          }
          body.put("heartbeat", Instant.now().toString());
          Cluster.Reply r =
              cluster.call(
                  "PUT",
                  "/"
                      + index
                      + "/_doc/"
                      + LOCK
                      + "?if_seq_no="
                      + seqNo
                      + "&if_primary_term="
                      + primaryTerm
                      + "&refresh=true",
                  body);
          if (r.ok()) {
            seqNo = r.body().path("_seq_no").asLong();
            primaryTerm = r.body().path("_primary_term").asLong();
          } else if (r.status() == 409 || r.status() == 404) {
            lost = true; // taken over as stale: another writer holds it now
          }
        }
      }
    }

    @Override
    public void close() {
      heartbeat.interrupt();
      try {
        heartbeat.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        if (!lost) {
          cluster.call(
              "DELETE",
              "/"
                  + index
                  + "/_doc/"
                  + LOCK
                  + "?if_seq_no="
                  + seqNo
                  + "&if_primary_term="
                  + primaryTerm
                  + "&refresh=true",
              null);
        }
      }
    }
  }

  /**
   * Takes the writers' lock of this name on the cluster.
   *
   * @param command what the holder does, shown to refused writers
   * @param wait how long to wait for a busy lock; zero or null fails at once
   * @throws IndexLockedException when another writer still holds it after {@code wait}
   */
  Held acquire(String command, Duration wait) {
    ensureIndex();
    Instant deadline =
        wait == null || wait.isNegative() || wait.isZero()
            ? Instant.MIN
            : plus(Instant.now(), wait);
    while (true) {
      ObjectNode me = Cluster.JSON.createObjectNode();
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      me.put("pid", ProcessHandle.current().pid());
      me.put("host", host());
      me.put("command", command);
      me.put("since", now.toString());
      me.put("heartbeat", now.toString());
      Cluster.Reply created =
          cluster.call("PUT", "/" + index + "/_create/" + LOCK + "?refresh=true", me);
      if (created.ok()) {
        return new Held(
            me,
            created.body().path("_seq_no").asLong(),
            created.body().path("_primary_term").asLong());
      }
      if (created.status() != 409) {
        throw new RevueException(
            "OpenSearch "
                + cluster.address()
                + ": taking the writers' lock failed: "
                + created.reason());
      }
      Cluster.Reply current = cluster.call("GET", "/" + index + "/_doc/" + LOCK, null);
      if (current.status() == 404 || !current.body().path("found").asBoolean(true)) {
        continue; // released meanwhile
      }
      JsonNode holder = current.body().path("_source");
      if (stale(holder)) {
        // delete exactly the version read: of two writers taking it over, one deletes it
        cluster.call(
            "DELETE",
            "/"
                + index
                + "/_doc/"
                + LOCK
                + "?if_seq_no="
                + current.body().path("_seq_no").asLong()
                + "&if_primary_term="
                + current.body().path("_primary_term").asLong()
                + "&refresh=true",
            null);
        continue;
      }
      if (!Instant.now().isBefore(deadline)) {
        throw new IndexLockedException(
            "index "
                + cluster.address()
                + " is locked by "
                + describe(holder)
                + "; wait for it to finish, or pass --wait");
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RevueException("interrupted while waiting for the lock of " + cluster.address());
      }
    }
  }

  /** Who holds the lock, as the refusal names them. */
  static String describe(JsonNode holder) {
    return "pid "
        + holder.path("pid").asLong()
        + " on "
        + holder.path("host").asText("?")
        + " (revue "
        + holder.path("command").asText("?")
        + ", started "
        + holder.path("since").asText("?")
        + ")";
  }

  /**
   * Whether a lock's holder is gone: silent for longer than {@link #STALE}, or a dead local pid.
   */
  static boolean stale(JsonNode holder) {
    Instant beat;
    try {
      beat = Instant.parse(holder.path("heartbeat").asText());
    } catch (RuntimeException e) {
      return true; // not a lock revue wrote
    }
    if (Duration.between(beat, Instant.now()).compareTo(STALE) > 0) {
      return true;
    }
    return holder.path("host").asText().equals(host())
        && ProcessHandle.of(holder.path("pid").asLong()).map(p -> !p.isAlive()).orElse(true);
  }

  /**
   * Records a run's report as the last run, for {@code revue stats}; a failure to record is lost.
   */
  void record(RunReport run) {
    try {
      ensureIndex();
      StringWriter json = new StringWriter();
      JsonContract.write(run, json);
      cluster.call(
          "PUT",
          "/" + index + "/_doc/" + LAST_RUN + "?refresh=true",
          json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RevueException e) {
      // the run's outcome stands; only its log is lost
    }
  }

  /** The last run's report, when one was recorded. */
  Optional<RunReport> lastRun() {
    Cluster.Reply reply = cluster.call("GET", "/" + index + "/_doc/" + LAST_RUN, null);
    if (!reply.ok() || !reply.body().path("found").asBoolean(false)) {
      return Optional.empty();
    }
    return RunReport.parse(reply.body().path("_source").toString());
  }

  private void ensureIndex() {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.putObject("settings")
        .putObject("index")
        .put("number_of_shards", 1)
        .put("auto_expand_replicas", "0-1");
    body.putObject("mappings").put("enabled", false);
    Cluster.Reply reply = cluster.call("PUT", "/" + index, body);
    if (!reply.ok()
        && !reply
            .body()
            .path("error")
            .path("type")
            .asText()
            .equals("resource_already_exists_exception")) {
      throw new RevueException(
          "OpenSearch " + cluster.address() + ": creating " + index + " failed: " + reply.reason());
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  private static Instant plus(Instant now, Duration wait) {
    try {
      return now.plus(wait);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Instant.MAX;
    }
  }
}

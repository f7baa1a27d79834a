package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import revue.RevueException;

/**
 * The REST calls revue makes to an OpenSearch cluster, over the JDK's HTTP client, with JSON by
 * Jackson. A request answered 429 (too many requests) or 5xx, or that could not connect, is retried
 * with exponential backoff (0.25 s doubling, six tries); what still fails becomes a {@link
 * RevueException} of one line naming the cluster.
 *
 * <p>Thread-safe.
 */
final class Cluster {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int TRIES = 6;
  static final long FIRST_BACKOFF_MS = 250;

  /** A reply: the status and the body, parsed; a body that is not JSON reads as missing. */
  record Reply(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The error's reason as OpenSearch states it, for messages. */
    String reason() {
      JsonNode error = body.path("error");
      String reason = error.isTextual() ? error.asText() : error.path("reason").asText("");
      String type = error.path("type").asText("");
      return "HTTP "
          + status
          + (type.isEmpty() ? "" : " " + type)
          + (reason.isEmpty() ? "" : ": " + reason);
    }
  }

  private final ClusterAddress address;
  private final HttpClient http;

  Cluster(ClusterAddress address) {
    this.address = address;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  ClusterAddress address() {
    return address;
  }

  /** A call with a JSON body (or none); the reply whatever its status, after retries. */
  Reply call(String method, String path, Object body) {
    byte[] bytes;
    try {
      bytes = body == null ? null : body instanceof byte[] b ? b : JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String contentType =
        path.contains("_bulk") || path.contains("_msearch")
            ? "application/x-ndjson"
            : "application/json";
    return send(method, path, bytes, contentType);
  }

  /** A call that must succeed; its parsed body. */
  JsonNode require(String method, String path, Object body, String what) {
    Reply reply = call(method, path, body);
    if (!reply.ok()) {
      throw failed(what, reply.reason());
    }
    return reply.body();
  }

  /**
   * Several searches of one index in one {@code _msearch} request: each search's reply, in order.
   * Fails, as {@link #require} does, when the request or any one search fails.
   */
  java.util.List<JsonNode> msearch(
      String index, java.util.List<? extends JsonNode> bodies, String what) {
    if (bodies.isEmpty()) {
      return java.util.List.of();
    }
    java.io.ByteArrayOutputStream ndjson = new java.io.ByteArrayOutputStream();
    byte[] header = "{}\n".getBytes(StandardCharsets.UTF_8);
    try {
      for (JsonNode body : bodies) {
        ndjson.write(header);
        ndjson.write(JSON.writeValueAsBytes(body));
        ndjson.write('\n');
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    java.util.List<JsonNode> out = new java.util.ArrayList<>(bodies.size());
    for (JsonNode r :
        require("POST", "/" + index + "/_msearch", ndjson.toByteArray(), what).path("responses")) {
      if (r.has("error")) {
        throw failed(what, new Reply(r.path("status").asInt(500), r).reason());
      }
      out.add(r);
    }
    if (out.size() != bodies.size()) {
      throw failed(what, out.size() + " replies to " + bodies.size() + " searches");
    }
    return out;
  }

  /** The one-line error of a call that failed: the cluster, what was done, why. */
  private RevueException failed(String what, String why) {
    return new RevueException("OpenSearch " + address + ": " + what + " failed: " + why);
  }

  private Reply send(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(address.base() + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (address.authorization() != null) {
      request.header("Authorization", address.authorization());
    }
    HttpRequest built = request.build();
    long backoff = FIRST_BACKOFF_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if ((status == 429 || status >= 500) && attempt < TRIES && status != 501) {
          sleep(backoff);
          backoff *= 2;
          continue;
        }
        return new Reply(status, parse(response.body()));
      } catch (ConnectException | HttpConnectTimeoutException e) {
        if (attempt >= TRIES) {
          throw new RevueException(
              "OpenSearch unreachable at " + address.base() + " (" + address + "): " + describe(e),
              e);
        }
      } catch (HttpTimeoutException e) {
        throw new RevueException(
            "OpenSearch at "
                + address.base()
                + " did not answer "
                + method
                + " "
                + path
                + " in time",
            e);
      } catch (IOException e) {
        if (attempt >= TRIES) {
          throw new RevueException("OpenSearch at " + address.base() + ": " + describe(e), e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RevueException("interrupted while calling OpenSearch at " + address.base(), e);
      }
      sleep(backoff);
      backoff *= 2;
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RevueException("interrupted while waiting to retry OpenSearch", e);
    }
  }
}

package revue.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import revue.InvalidInputException;
import revue.Revue;
import revue.RevueException;

/**
 * {@code revue serve}: the JSON API and the web page over one index folder, on a small HTTP/1.1
 * server of its own ({@link HttpListener}) so that a request the JDK's server would refuse with its
 * HTML page (a malformed percent-escape, a character a URI may not hold) gets JSON too. Searches
 * read the index's live generation, so a rebuild or an {@code index} run shows up without a
 * restart; a folder without an index answers 503 until one is built.
 *
 * <p>Every response carries a Content-Security-Policy that allows scripts, styles and requests to
 * this origin only. A request names files only among the page's own assets (a fixed list), so no
 * path reaches the file system; {@code .} and {@code ..} segments, plain or percent-encoded, are
 * refused with 400. Errors are one line of JSON, {@code {"error": "..."}}, naming no server file,
 * also for a request line that is not HTTP.
 *
 * <p>Thread-safe; {@link #close()} stops the server and closes the index.
 */
public final class RevueServer implements AutoCloseable {

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The page's assets: request path to resource name and content type. */
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
          "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
          "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

  /** Requests that may wait for a worker, per worker: beyond them a request gets 503 at once. */
  static final int QUEUE_PER_WORKER = 16;

  private final Path indexDir;
  private final Limits limits;
  private final Consumer<String> log;
  private final HttpListener http;
  private final ThreadPoolExecutor work;
  private final ClientRates rates;
  private final Api api;
  private final Object opening = new Object();
  private volatile Revue revue;
  private Revue.Options options = Revue.Options.defaults();

  private RevueServer(Path indexDir, InetSocketAddress address, Limits limits, Consumer<String> log)
      throws IOException {
    this.indexDir = indexDir;
    this.limits = limits;
    this.log = log;
    this.rates = new ClientRates(limits.requestsPerMinute());
    this.api = new Api(this::revue, limits, Clock.systemUTC());
    this.work =
        new ThreadPoolExecutor(
            limits.workers(),
            limits.workers(),
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(QUEUE_PER_WORKER * limits.workers()),
            Thread.ofPlatform().name("revue-serve-", 0).daemon().factory());
    this.http =
        new HttpListener(
            address,
            128,
            new HttpListener.Handler() {
              @Override
              public HttpListener.Reply handle(HttpListener.Request request) {
                return RevueServer.this.handle(request);
              }

              @Override
              public HttpListener.Reply malformed(int status, String reason) {
                return reply(Response.error(status, oneLine(reason)), Map.of());
              }
            });
  }

  /**
   * Starts serving the index in a folder.
   *
   * @param address where to listen; port 0 picks a free one (see {@link #port()})
   * @param log receives one line per failed request the server did not expect (500)
   */
  public static RevueServer start(
      Path indexDir, InetSocketAddress address, Limits limits, Consumer<String> log)
      throws IOException {
    return start(indexDir, Revue.Options.defaults(), address, limits, log);
  }

  /**
   * Starts serving the index in a folder, or on the backend the options name.
   *
   * @param options how to open it: a cluster backend is opened at once, a folder once it holds an
   *     index
   * @param address where to listen; port 0 picks a free one (see {@link #port()})
   * @param log receives one line per failed request the server did not expect (500)
   */
  public static RevueServer start(
      Path indexDir,
      Revue.Options options,
      InetSocketAddress address,
      Limits limits,
      Consumer<String> log)
      throws IOException {
    RevueServer server = new RevueServer(indexDir, address, limits, log);
    server.options = options;
    if (options.backend().isPresent() || Revue.exists(indexDir)) {
      server.revue(); // open it now, so the first request does not wait
    }
    server.http.start();
    return server;
  }

  /** The port it listens on. */
  public int port() {
    return http.port();
  }

  @Override
  public void close() {
    http.close();
    work.shutdownNow();
    synchronized (opening) {
      if (revue != null) {
        revue.close();
        revue = null;
      }
    }
  }

  /** The open index, opened when the folder first holds one. */
  private Revue revue() {
    Revue r = revue;
    if (r != null) {
      return r;
    }
    synchronized (opening) {
      if (revue == null) {
        if (options.backend().isEmpty() && !Revue.exists(indexDir)) {
          throw new HttpError(503, "no index yet: build one with 'revue index' or 'revue rebuild'");
        }
        try {
          revue = Revue.open(indexDir, options);
        } catch (RevueException e) {
          throw new HttpError(503, "the index cannot be read");
        }
      }
      return revue;
    }
  }

  private HttpListener.Reply handle(HttpListener.Request request) {
    Map<String, String> extra = new LinkedHashMap<>();
    Response response;
    try {
      response = route(request, extra);
    } catch (HttpError e) {
      response = Response.error(e.status, e.getMessage());
    } catch (InvalidInputException | IllegalArgumentException e) {
      response = Response.error(400, oneLine(e.getMessage()));
    } catch (RevueException e) {
      response = Response.error(503, "the index cannot be read");
    } catch (RuntimeException e) {
      log.accept("revue serve: " + Params.clip(request.rawPath()) + ": " + e);
      response = Response.error(500, "internal error");
    }
    return reply(response, extra);
  }

  /** A response with the headers every response carries, then {@code extra}. */
  private static HttpListener.Reply reply(Response r, Map<String, String> extra) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    h.put("Content-Type", r.contentType);
    if (r.download != null) {
      h.put("Content-Disposition", "attachment; filename=\"" + r.download + "\"");
    }
    h.put(
        "Cache-Control",
        r.contentType.startsWith("text/html")
                || r.download != null
                || r.contentType.startsWith("application/json")
            ? "no-store"
            : "no-cache");
    h.putAll(extra);
    return new HttpListener.Reply(r.status, h, r.body);
  }

  private Response route(HttpListener.Request request, Map<String, String> extra) {
    String method = request.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      extra.put("Allow", "GET, HEAD");
      throw new HttpError(405, "only GET and HEAD");
    }
    String raw = request.rawPath();
    String path = decodedPath(raw);
    String query = request.rawQuery();
    if (!path.startsWith("/api/")) {
      String[] asset = ASSETS.get(path);
      if (asset == null) {
        throw HttpError.notFound("no such page");
      }
      return Response.asset(asset[0], asset[1]);
    }
    InetAddress client = request.client();
    if (!rates.allow(client)) {
      throw new HttpError(
          429, "too many requests: at most " + limits.requestsPerMinute() + " a minute");
    }
    return switch (path) {
      case "/api/search" ->
          Response.json(run(() -> api.search(Params.parse(query, Api.SEARCH_PARAMS))));
      case "/api/timeline" ->
          Response.json(run(() -> api.timeline(Params.parse(query, Api.TIMELINE_PARAMS))));
      case "/api/stats" -> {
        Params.parse(query, Api.NO_PARAMS);
        yield Response.json(run(api::stats));
      }
      case "/api/export.csv" ->
          Response.csv(
              run(() -> api.hitsCsv(Params.parse(query, Api.EXPORT_PARAMS))), "revue-hits.csv");
      case "/api/timeline.csv" ->
          Response.csv(
              run(() -> api.timelineCsv(Params.parse(query, Api.TIMELINE_PARAMS))),
              "revue-timeline.csv");
      default -> {
        if (path.startsWith("/api/related/") && path.length() > "/api/related/".length()) {
          String id = path.substring("/api/related/".length());
          yield Response.json(run(() -> api.related(id, Params.parse(query, Api.RELATED_PARAMS))));
        }
        if (path.startsWith("/api/article/") && path.length() > "/api/article/".length()) {
          String id = path.substring("/api/article/".length());
          yield Response.json(run(() -> api.article(id, Params.parse(query, Api.ARTICLE_PARAMS))));
        }
        throw HttpError.notFound("no such endpoint");
      }
    };
  }

  /**
   * The request path, percent-decoded; a {@code .} or {@code ..} segment, a backslash or a control
   * character, before or after decoding, is a bad request.
   */
  static String decodedPath(String raw) {
    String path;
    try {
      path = java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("badly encoded path");
    }
    for (String p : new String[] {raw, path}) {
      for (String segment : p.split("/", -1)) {
        if (segment.equals(".") || segment.equals("..")) {
          throw HttpError.badRequest("path with . or .. segments");
        }
      }
      if (p.indexOf('\\') >= 0 || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw HttpError.badRequest("path with a backslash or control character");
      }
    }
    return path;
  }

  private interface Work {
    String call() throws IOException;
  }

  /** Runs an API call on the work threads, cut with 503 after the time limit. */
  private String run(Work call) {
    long start = System.nanoTime();
    Future<String> future;
    try {
      future = work.submit(call::call);
    } catch (RejectedExecutionException e) {
      throw new HttpError(503, "busy: too many requests at once, try again");
    }
    try {
      String answer = future.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
      if (System.nanoTime() - start > limits.timeout().toNanos()) {
        // done before this thread came to wait, but after the limit: as late as one still running
        throw new TimeoutException();
      }
      return answer;
    } catch (TimeoutException e) {
      // Lucene's search cannot be stopped midway; the answer is dropped when it comes
      future.cancel(false);
      throw new HttpError(
          503, "the request took longer than " + limits.timeout().toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new RevueException("search failed: " + cause.getMessage(), cause);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "bad request" : message.replaceAll("[\\r\\n]+", " ").strip();
  }

  /** A response's status, type and body. */
  private record Response(int status, String contentType, byte[] body, String download) {

    static Response json(String text) {
      return new Response(
          200, "application/json; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null);
    }

    static Response csv(String text, String name) {
      return new Response(
          200, "text/csv; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), name);
    }

    static Response error(int status, String message) {
      StringBuilder json = new StringBuilder("{\"error\": \"");
      for (char c : message.toCharArray()) {
        switch (c) {
          case '"' -> json.append("\\\"");
          case '\\' -> json.append("\\\\");
          case '<' -> json.append("\\u003c");
          default -> {
            if (c < 0x20) {
              json.append(String.format("\\u%04x", (int) c));
            } else {
              json.append(c);
            }
          }
        }
      }
      json.append("\"}\n");
      return new Response(
          status,
          "application/json; charset=utf-8",
          json.toString().getBytes(StandardCharsets.UTF_8),
          null);
    }

    static Response asset(String name, String type) {
      try (InputStream in = RevueServer.class.getResourceAsStream("web/" + name)) {
        if (in == null) {
          throw HttpError.notFound("no such page");
        }
        return new Response(200, type, in.readAllBytes(), null);
      } catch (IOException e) {
        throw new HttpError(500, "internal error");
      }
    }
  }
}

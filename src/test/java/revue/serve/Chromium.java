package revue.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over its DevTools protocol, with the JDK's WebSocket client: no driver
 * binary and no library to download. Real clicks, key presses and drags are dispatched as input
 * events. One page; not thread-safe.
 */
final class Chromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** The Chromium binary: $REVUE_CHROMIUM, else chromium or chromium-browser on the PATH. */
  static Optional<Path> binary() {
    String env = System.getenv("REVUE_CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env)).filter(Files::isExecutable);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  Chromium(Path binary, Path profile, int width, int height) throws Exception {
    this.profile = profile;
    Files.createDirectories(profile);
    process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-crash-reporter",
                "--disable-breakpad",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "--window-size=" + width + "," + height,
                "--lang=en-US",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        process.destroyForcibly();
        throw new IOException(
            "chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String pageSocket = null;
    for (JsonNode t : targets) {
      if (t.get("type").asText().equals("page")) {
        pageSocket = t.get("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (pageSocket == null) {
      throw new IOException("chromium has no page: " + targets);
    }
    socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(pageSocket), new Listener())
            .get(20, TimeUnit.SECONDS);
    send("Page.enable", JSON.createObjectNode());
    send("Runtime.enable", JSON.createObjectNode());
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        try {
          JsonNode m = JSON.readTree(message.toString());
          if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
              if (m.has("error")) {
                f.completeExceptionally(new IOException("DevTools: " + m.get("error")));
              } else {
                f.complete(m.get("result"));
              }
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
        message.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }

  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
    m.set("params", params);
    socket.sendText(JSON.writeValueAsString(m), true).get(20, TimeUnit.SECONDS);
    return reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The value of a JavaScript expression (a promise is awaited). */
  JsonNode eval(String expression) throws Exception {
    JsonNode r =
        send(
            "Runtime.evaluate",
            JSON.createObjectNode()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new AssertionError(
          "JavaScript failed: " + expression + ": " + r.get("exceptionDetails"));
    }
    JsonNode value = r.at("/result/value");
    return value.isMissingNode() ? JSON.nullNode() : value;
  }

  String text(String expression) throws Exception {
    return eval(expression).asText();
  }

  /** Waits until the expression is true. */
  void waitFor(String condition) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!eval("!!(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + condition);
      }
      Thread.sleep(25);
    }
  }

  void navigate(String url) throws Exception {
    send("Page.navigate", JSON.createObjectNode().put("url", url));
    waitFor(
        "document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url));
  }

  void reload() throws Exception {
    eval("window.__beforeReload = true");
    send("Page.reload", JSON.createObjectNode());
    waitFor("document.readyState === 'complete' && !window.__beforeReload");
  }

  /** Clicks the middle of the first element the selector finds, as a mouse would. */
  void click(String selector) throws Exception {
    JsonNode box = box(selector);
    double x = box.get("x").asDouble() + box.get("width").asDouble() / 2;
    double y = box.get("y").asDouble() + box.get("height").asDouble() / 2;
    mouse("mousePressed", x, y);
    mouse("mouseReleased", x, y);
  }

  /** The element's rectangle in the viewport, scrolled into view first. */
  JsonNode box(String selector) throws Exception {
    String s = JSON.writeValueAsString(selector);
    JsonNode box =
        eval(
            "(() => { const e = document.querySelector("
                + s
                + "); if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; })()");
    if (box.isNull()) {
      throw new AssertionError("no element " + selector);
    }
    return box;
  }

  /** Presses the mouse at one point, moves it to another and releases it there. */
  void drag(double x1, double y1, double x2, double y2) throws Exception {
    mouse("mousePressed", x1, y1);
    for (int i = 1; i <= 5; i++) {
      mouse("mouseMoved", x1 + (x2 - x1) * i / 5, y1 + (y2 - y1) * i / 5);
    }
    mouse("mouseReleased", x2, y2);
  }

  private void mouse(String type, double x, double y) throws Exception {
    ObjectNode p =
        JSON.createObjectNode()
            .put("type", type)
            .put("x", x)
            .put("y", y)
            .put("button", "left")
            .put("clickCount", 1);
    p.put("buttons", type.equals("mouseReleased") ? 0 : 1);
    send("Input.dispatchMouseEvent", p);
  }

  /** Types text into the focused element. */
  void type(String text) throws Exception {
    send("Input.insertText", JSON.createObjectNode().put("text", text));
  }

  /** Presses a key: Enter or Tab. */
  void press(String key) throws Exception {
    int code =
        switch (key) {
          case "Enter" -> 13;
          case "Tab" -> 9;
          default -> throw new IllegalArgumentException(key);
        };
    String text = key.equals("Enter") ? "\r" : "";
    for (String type : List.of("keyDown", "keyUp")) {
      ObjectNode p =
          JSON.createObjectNode()
              .put("type", type)
              .put("key", key)
              .put("code", key)
              .put("windowsVirtualKeyCode", code);
      if (type.equals("keyDown") && !text.isEmpty()) {
        p.put("text", text);
      }
      send("Input.dispatchKeyEvent", p);
    }
  }

  void screenshot(Path file) throws Exception {
    JsonNode r = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
  }

  @Override
  public void close() throws Exception {
    // Chromium's helpers (zygote, renderers, GPU, crash handler) write into the profile after the
    // browser process is gone: wait for them all, or deleting the profile folder races with them
    List<ProcessHandle> helpers = process.descendants().toList();
    try {
      socket.abort();
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle helper : helpers) {
        helper.destroy();
      }
      for (ProcessHandle helper : helpers) {
        try {
          helper.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          helper.destroyForcibly();
          helper.onExit().get(10, TimeUnit.SECONDS);
        }
      }
    }
  }
}

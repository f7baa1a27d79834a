package revue.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP/1.1 server for GET and HEAD requests: it hands each request's method and target as
 * sent (still percent-encoded, not parsed as a URI) to a handler, so that every request the handler
 * can answer, however malformed its target, gets the handler's answer; only a request that is not
 * HTTP at all (no method, target and version) is answered here, with the handler's error body.
 * Request bodies are not read: a request with one is answered, then its connection closed.
 * Connections are kept alive between requests (HTTP/1.1), one virtual thread each.
 */
final class HttpListener implements AutoCloseable {

  /** One request: its method, its target as sent (e.g. {@code /api/search?q=%ZZ}), its client. */
  record Request(String method, String target, InetAddress client) {

    /** The target's path, still percent-encoded. */
    String rawPath() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }

    /** The target's query string, still percent-encoded; null when it has none. */
    String rawQuery() {
      int q = target.indexOf('?');
      return q < 0 ? null : target.substring(q + 1);
    }
  }

  /** An answer: status, headers (name to value) and body; HEAD gets the headers only. */
  record Reply(int status, Map<String, String> headers, byte[] body) {}

  interface Handler {
    Reply handle(Request request);

    /** The answer to a request that could not be read, as one line saying why. */
    Reply malformed(int status, String reason);
  }

  /** Longest request line and header block read, in bytes. */
  static final int MAX_HEAD = 64 * 1024;

  /** How long a connection may sit idle, or take to send a request's head. */
  static final int IDLE_MILLIS = 30_000;

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

  private final ServerSocket socket;
  private final Handler handler;
  private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  HttpListener(InetSocketAddress address, int backlog, Handler handler) throws IOException {
    this.socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(address, backlog);
    this.handler = handler;
    this.acceptor = Thread.ofPlatform().name("revue-serve-accept").daemon().unstarted(this::accept);
  }

  void start() {
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    connections.shutdownNow();
  }

  private void accept() {
    while (!socket.isClosed()) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
        continue;
      }
      open.add(s);
      try {
        connections.execute(() -> serve(s));
      } catch (RuntimeException e) {
        open.remove(s);
        closeQuietly(s);
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(IDLE_MILLIS);
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      boolean keepAlive = true;
      while (keepAlive) {
        Head head;
        try {
          head = Head.read(in);
        } catch (BadRequest e) {
          write(out, handler.malformed(e.status, e.getMessage()), false, false);
          return;
        }
        if (head == null) {
          return; // the client closed the connection
        }
        keepAlive = head.keepAlive() && !head.hasBody();
        Reply reply =
            head.problem() != null
                ? handler.malformed(400, head.problem())
                : handler.handle(new Request(head.method(), head.target(), s.getInetAddress()));
        write(out, reply, keepAlive, head.method().equals("HEAD"));
      }
    } catch (IOException e) {
      // the client went away or stayed idle too long
    } finally {
      open.remove(s);
    }
  }

  private static void write(OutputStream out, Reply r, boolean keepAlive, boolean head)
      throws IOException {
    StringBuilder h = new StringBuilder(256);
    h.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
    h.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
    for (Map.Entry<String, String> e : r.headers().entrySet()) {
      h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
    }
    h.append("Content-Length: ").append(r.body().length).append("\r\n");
    if (!keepAlive) {
      h.append("Connection: close\r\n");
    }
    h.append("\r\n");
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!head) {
      out.write(r.body());
    }
    out.flush();
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 414 -> "URI Too Long";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  /** A request that cannot be read as HTTP. */
  private static final class BadRequest extends IOException {
    final int status;

    BadRequest(int status, String message) {
      super(message, null);
      this.status = status;
    }
  }

  /**
   * A request's head: the request line's parts (and a {@code problem} when the line is not "METHOD
   * /TARGET HTTP/1.x") and what the headers say about the connection.
   */
  private record Head(
      String method, String target, String problem, boolean keepAlive, boolean hasBody) {

    /** The next request's head, or null when the connection closed before one began. */
    static Head read(InputStream in) throws IOException {
      int[] budget = {MAX_HEAD};
      String line;
      do { // RFC 9112: a server should ignore empty lines before the request line
        line = line(in, budget, true);
        if (line == null) {
          return null;
        }
      } while (line.isEmpty());
      boolean keepAlive;
      boolean body = false;
      String connection = null;
      String version;
      String[] parts = line.split(" ", -1);
      version = parts.length == 3 ? parts[2] : "";
      int headers = 0;
      for (String h = line(in, budget, false); !h.isEmpty(); h = line(in, budget, false)) {
        if (++headers > 200) {
          throw new BadRequest(431, "more than 200 header fields");
        }
        int colon = h.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).strip();
        switch (name) {
          case "connection" -> connection = value.toLowerCase(Locale.ROOT);
          case "transfer-encoding" -> body = true;
          case "content-length" -> body |= !value.equals("0");
          default -> {}
        }
      }
      keepAlive =
          version.equals("HTTP/1.1")
              ? !"close".equals(connection)
              : "keep-alive".equals(connection);
      if (parts.length != 3 || parts[0].isEmpty() || !version.startsWith("HTTP/1.")) {
        return new Head(
            parts[0], "", "bad request line: expected METHOD TARGET HTTP/1.1", false, body);
      }
      String target = parts[1];
      if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute form, as sent to a proxy: the path and query after the authority
        int slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? "/" : target.substring(slash);
      }
      int hash = target.indexOf('#');
      if (hash >= 0) {
        target = target.substring(0, hash);
      }
      if (!target.startsWith("/")) {
        return new Head(parts[0], target, "request target must begin with /", false, body);
      }
      return new Head(parts[0], target, null, keepAlive, body);
    }

    /**
     * One line without its CRLF (or bare LF), as UTF-8; null at the end of the stream before any
     * byte when {@code first}.
     */
    private static String line(InputStream in, int[] budget, boolean first) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
      while (true) {
        int b;
        try {
          b = in.read();
        } catch (SocketException e) {
          if (first && bytes.size() == 0) {
            return null;
          }
          throw e;
        }
        if (b < 0) {
          if (first && bytes.size() == 0) {
            return null;
          }
          throw new IOException("connection closed within a request");
        }
        if (--budget[0] < 0) {
          throw first
              ? new BadRequest(414, "request line longer than " + MAX_HEAD + " bytes")
              : new BadRequest(431, "request headers longer than " + MAX_HEAD + " bytes");
        }
        if (b == '\n') {
          break;
        }
        bytes.write(b);
      }
      byte[] raw = bytes.toByteArray();
      int n = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(raw, 0, n))
            .toString();
      } catch (CharacterCodingException e) {
        if (!first) {
          // a header's value in Latin-1 (obsolete but allowed): only its name is looked at
          return new String(raw, 0, n, StandardCharsets.ISO_8859_1);
        }
        throw new BadRequest(400, "request line must be UTF-8");
      }
    }
  }
}

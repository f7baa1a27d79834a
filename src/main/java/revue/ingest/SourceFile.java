package revue.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input file opened for reading: decompressed when gzipped (by magic bytes, whatever its name),
 * with its first bytes available to pick a format.
 *
 * <p>Not thread-safe; close it when done.
 */
final class SourceFile implements AutoCloseable {

  /** Bytes looked at to pick a format and to tell text from binary. */
  static final int HEAD_BYTES = 8192;

  private final Path path;
  private final String innerName;
  private final InputStream in;
  private final byte[] head;
  private final String damage;

  private SourceFile(Path path, String innerName, InputStream in, byte[] head, String damage) {
    this.path = path;
    this.innerName = innerName;
    this.in = in;
    this.head = head;
    this.damage = damage;
  }

  /**
   * Opens the file.
   *
   * @throws CorruptInputException when a gzip header is broken or a .gz file is not gzip
   */
  static SourceFile open(Path path) throws IOException {
    return open(path, bytes -> {});
  }

  /** Opens the file, telling {@code bytesRead} how many bytes come off the disk as they do. */
  static SourceFile open(Path path, java.util.function.LongConsumer bytesRead) throws IOException {
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean gzName = lower.endsWith(".gz") || lower.endsWith(".gzip");
    InputStream raw =
        new BufferedInputStream(new Counting(Files.newInputStream(path), bytesRead), 1 << 16);
    try {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      boolean gzMagic = b0 == 0x1f && b1 == 0x8b;
      if (gzName && !gzMagic && b0 != -1) {
        throw new CorruptInputException("corrupt gzip: not in gzip format");
      }
      InputStream in = raw;
      String inner = name;
      if (gzMagic) {
        in = new BufferedInputStream(new GzipErrors(openGzip(raw)), 1 << 16);
        inner = gzName ? name.substring(0, name.lastIndexOf('.')) : name;
      }
      in.mark(HEAD_BYTES);
      byte[] head = new byte[HEAD_BYTES];
      int n = 0;
      String damage = null;
      try {
        for (int r; n < HEAD_BYTES && (r = in.read(head, n, HEAD_BYTES - n)) > 0; ) {
          n += r;
        }
      } catch (CorruptInputException e) {
        // A small damaged gzip fails within its head: keep what came before the damage (the
        // buffer keeps it); the error is raised again when the reader gets there.
        damage = e.getMessage();
      }
      in.reset();
      return new SourceFile(path, inner, in, Arrays.copyOf(head, n), damage);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static InputStream openGzip(InputStream raw) throws IOException {
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (ZipException | EOFException e) {
      throw new CorruptInputException(
          "corrupt gzip: " + (e.getMessage() != null ? e.getMessage() : "unexpected end of file"));
    }
  }

  Path path() {
    return path;
  }

  /** The file name without its compression extension: {@code a.jsonl} for {@code a.jsonl.gz}. */
  String innerName() {
    return innerName;
  }

  /** Why the file broke within its head (a damaged gzip), or null when its head read whole. */
  String damage() {
    return damage;
  }

  /** The first (decompressed) bytes, at most {@link #HEAD_BYTES}. */
  byte[] head() {
    return head;
  }

  InputStream stream() {
    return in;
  }

  /**
   * The whole decompressed content.
   *
   * @throws CorruptInputException when it is longer than {@code maxBytes}
   */
  byte[] readAll(int maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 1 << 16));
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new CorruptInputException(
            "file longer than " + (maxBytes >> 20) + " MB, not read (split it)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** True when the head holds no text at all (empty or only whitespace). */
  boolean isBlank() {
    for (byte b : head) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the head looks binary: a NUL byte or many control characters, outside UTF-16 text
   * (which has a byte order mark).
   */
  boolean looksBinary() {
    if (head.length >= 2
        && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return false;
    }
    int controls = 0;
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    return controls > head.length / 20;
  }

  /** The head decoded leniently as Latin-1 and lower-cased, for markup sniffing. */
  String headText() {
    return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
  }

  /** The first byte that is not whitespace or a UTF-8 byte order mark, or -1. */
  int firstSignificantByte() {
    int i = 0;
    if (head.length >= 3
        && head[0] == (byte) 0xEF
        && head[1] == (byte) 0xBB
        && head[2] == (byte) 0xBF) {
      i = 3;
    }
    for (; i < head.length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b & 0xff;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Turns the errors of a damaged gzip stream into one typed, readable failure, raised again on
   * every later read so that a failure met early (while peeking at the head) is not lost.
   */
  private static final class GzipErrors extends FilterInputStream {
    private String failure;

    GzipErrors(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    /**
     * None: a buffered read above then returns the bytes it has rather than read on into the
     * damage, which would throw them away with the failure (a cut-off file's last good lines).
     */
    @Override
    public int available() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw new CorruptInputException(failure);
      }
      try {
        return super.read(b, off, len);
      } catch (ZipException | EOFException e) {
        failure =
            "corrupt gzip: " + (e.getMessage() != null ? e.getMessage() : "unexpected end of file");
        throw new CorruptInputException(failure);
      }
    }
  }

  /** Reports the bytes read through it; reads come in buffer-sized chunks, so calls are few. */
  private static final class Counting extends java.io.FilterInputStream {
    private final java.util.function.LongConsumer bytesRead;

    Counting(InputStream in, java.util.function.LongConsumer bytesRead) {
      super(in);
      this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytesRead.accept(n);
      }
      return n;
    }
  }
}

package revue.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes with a cap on their length, so that one huge line costs at most the cap in
 * memory: the rest of an over-long line is read and dropped, and {@link #tooLong()} says so.
 *
 * <p>Not thread-safe.
 */
final class LineReader {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int bufferPos;
  private int bufferEnd;
  private byte[] line = new byte[1 << 12];
  private int length;
  private long lineLength;
  private long lineNumber;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (bufferPos == bufferEnd) {
        if (eof) {
          break;
        }
        int n = in.read(buffer);
        if (n <= 0) {
          eof = true;
          break;
        }
        bufferPos = 0;
        bufferEnd = n;
      }
      any = true;
      int start = bufferPos;
      int end = start;
      while (end < bufferEnd && buffer[end] != '\n') {
        end++;
      }
      append(start, end);
      if (end < bufferEnd) {
        bufferPos = end + 1;
        lineNumber++;
        trimCarriageReturn();
        return true;
      }
      bufferPos = bufferEnd;
    }
    if (!any) {
      return false;
    }
    lineNumber++;
    trimCarriageReturn();
    return true;
  }

  private void append(int start, int end) {
    int n = end - start;
    lineLength += n;
    if (lineLength > maxLineBytes) {
      return; // keep counting, stop storing
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, Math.min(line.length * 2, maxLineBytes)));
    }
    System.arraycopy(buffer, start, line, length, n);
    length += n;
  }

  private void trimCarriageReturn() {
    if (!tooLong() && length > 0 && line[length - 1] == '\r') {
      length--;
    }
  }

  /** The bytes of the current line (valid up to {@link #length()}); reused by the next call. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** True when the current line is longer than the cap; its bytes are then not available. */
  boolean tooLong() {
    return lineLength > maxLineBytes;
  }

  /** The full length of the current line in bytes, even when too long. */
  long fullLength() {
    return lineLength;
  }

  /** The 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** True when the current line holds only spaces and tabs. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong();
  }
}

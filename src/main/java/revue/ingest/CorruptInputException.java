package revue.ingest;

import java.io.IOException;

/**
 * Input that cannot be read as what it claims to be (a damaged gzip stream, a file too long); its
 * message is the reason reported to the listener.
 */
final class CorruptInputException extends IOException {
  CorruptInputException(String reason) {
    super(reason);
  }
}

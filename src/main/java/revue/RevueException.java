package revue;

/** A failure revue can explain in one line: a broken index, a locked index, a disk error. */
public class RevueException extends RuntimeException {

  public RevueException(String message) {
    super(message);
  }

  public RevueException(String message, Throwable cause) {
    super(message, cause);
  }
}

package revue;

/**
 * A failure revue can explain in one line: a broken index, a locked index, a disk error, a rebuild
 * whose check failed. The message names the folder or file concerned and what went wrong; the
 * cause, when there is one, is the underlying failure (often an {@link java.io.IOException}).
 *
 * <p>Unchecked. Of its subclasses, {@link InvalidInputException} is the failure the caller fixes by
 * asking differently, {@link IndexLockedException} the one that waiting fixes. Mistakes in the
 * calling code, such as a null argument or a call on a closed {@link Revue}, throw the JDK's {@link
 * IllegalArgumentException} or {@link IllegalStateException} instead.
 */
public class RevueException extends RuntimeException {

  /**
   * An exception with a message for the user.
   *
   * @param message what failed, in one line
   */
  public RevueException(String message) {
    super(message);
  }

  /**
   * An exception with a message for the user and the failure behind it.
   *
   * @param message what failed, in one line
   * @param cause the underlying failure; may be null
   */
  public RevueException(String message, Throwable cause) {
    super(message, cause);
  }
}

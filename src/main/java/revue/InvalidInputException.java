package revue;

/**
 * The user asked for something revue cannot do as asked: a bad query, an unknown filter, a missing
 * index or input path. The message says what to change; repeating the call unchanged fails again.
 * Unchecked, like every revue exception: a caller that takes requests from people catches it to
 * show its message.
 */
public class InvalidInputException extends RevueException {

  /**
   * An exception with a message for the user.
   *
   * @param message what to change, in one line
   */
  public InvalidInputException(String message) {
    super(message);
  }

  /**
   * An exception with a message for the user and the failure behind it.
   *
   * @param message what to change, in one line
   * @param cause the failure that showed the input to be bad, such as a parse error; may be null
   */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}

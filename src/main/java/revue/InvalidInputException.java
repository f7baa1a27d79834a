package revue;

/**
 * The user asked for something revue cannot do as asked: a bad query, an unknown filter, a
 * missing index or input path. The message says what to change.
 */
public class InvalidInputException extends RevueException {

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}

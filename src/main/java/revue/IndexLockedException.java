package revue;

/**
 * Another process or thread is writing the index, and went on holding its lock for longer than the
 * caller's lock wait; the message says who (process id, command) and since when. Thrown by {@link
 * Revue#index}, {@link Revue#rebuild} and {@link Revue#rollback}, before they change anything: the
 * index is as the other writer leaves it, so trying again later, or with a longer wait, is safe.
 */
public final class IndexLockedException extends RevueException {

  /**
   * An exception with a message for the user.
   *
   * @param message who holds the lock and since when, in one line
   */
  public IndexLockedException(String message) {
    super(message);
  }
}

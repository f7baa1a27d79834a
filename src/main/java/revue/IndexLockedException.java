package revue;

import revue.RevueException;

/** Another process or thread is writing the index; the message says who and since when. */
public final class IndexLockedException extends RevueException {

  public IndexLockedException(String message) {
    super(message);
  }
}

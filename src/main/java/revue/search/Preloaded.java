package revue.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value built on a background thread from the moment this is created; {@link #get} waits for it.
 * A cold search loads the gazetteers this way while Lucene opens the index, on another core.
 *
 * <p>Thread-safe. A failure to build is rethrown by every {@link #get}, unwrapped.
 */
public final class Preloaded<T> implements Supplier<T> {

  private final CompletableFuture<T> value;

  private Preloaded(CompletableFuture<T> value) {
    this.value = value;
  }

  /** Starts building the value on a daemon thread of its own. */
  public static <T> Preloaded<T> start(String name, Supplier<T> build) {
    return new Preloaded<>(
        CompletableFuture.supplyAsync(
            build,
            task -> {
              Thread thread = new Thread(task, name);
              thread.setDaemon(true); // a failed open must not keep the JVM alive
              thread.start();
            }));
  }

  /** A value that is already built. */
  public static <T> Preloaded<T> of(T value) {
    return new Preloaded<>(CompletableFuture.completedFuture(value));
  }

  @Override
  public T get() {
    try {
      return value.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}

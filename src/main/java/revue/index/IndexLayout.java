package revue.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The folder layout of a revue index: complete Lucene indexes in generation folders ({@code
 * gen-000001}, ...) and a {@code CURRENT} file naming the live one, replaced atomically so readers
 * always find a whole index.
 *
 * <p>Stateless; every call reads the file system.
 */
public final class IndexLayout {

  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** True when the folder holds a revue index with a live generation. */
  public boolean exists() {
    return current().isPresent();
  }

  /** The live generation's folder, if any. */
  public Optional<Path> current() {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path gen = root.resolve(name);
      return Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The live generation, creating the folder and a first empty generation when there is none. */
  public Path currentOrCreate() throws IOException {
    Optional<Path> current = current();
    if (current.isPresent()) {
      return current.get();
    }
    Files.createDirectories(root);
    Path gen = newGeneration();
    switchTo(gen);
    return gen;
  }

  /** When the live generation was last committed, or empty when there is none. */
  public Optional<java.time.Instant> lastCommit() throws IOException {
    Optional<Path> gen = current();
    if (gen.isEmpty()) {
      return Optional.empty();
    }
    java.time.Instant latest = null;
    try (var files = Files.list(gen.get())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().startsWith("segments_")) {
          java.time.Instant t = Files.getLastModifiedTime(f).toInstant();
          latest = latest == null || t.isAfter(latest) ? t : latest;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Creates the folder of a new generation, numbered after every existing one. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int max = 0;
    try (var entries = Files.list(root)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(PREFIX)) {
          try {
            max = Math.max(max, Integer.parseInt(name.substring(PREFIX.length())));
          } catch (NumberFormatException ignored) {
            // not ours
          }
        }
      }
    }
    Path gen = root.resolve(String.format(java.util.Locale.ROOT, "%s%06d", PREFIX, max + 1));
    Files.createDirectory(gen);
    return gen;
  }

  /**
   * Makes a generation live: writes the pointer beside CURRENT, syncs it, renames it over CURRENT
   * (atomic: readers see the old name or the new one, never a half-written file), then syncs the
   * folder so the rename survives a power cut.
   */
  public void switchTo(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try (var channel =
        java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    org.apache.lucene.util.IOUtils.fsync(root, true);
  }

  /** Every generation folder, complete or not, oldest first. */
  public java.util.List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return java.util.List.of();
    }
    java.util.TreeMap<Integer, Path> gens = new java.util.TreeMap<>();
    try (var entries = Files.list(root)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        int n = number(p);
        if (n > 0 && Files.isDirectory(p)) {
          gens.put(n, p);
        }
      }
    }
    return java.util.List.copyOf(gens.values());
  }

  /**
   * The generation {@code rollback} goes back to: the newest complete generation numbered below the
   * live one.
   */
  public Optional<Path> previous() throws IOException {
    Optional<Path> live = current();
    if (live.isEmpty()) {
      return Optional.empty();
    }
    Path result = null;
    for (Path gen : generations()) {
      if (number(gen) < number(live.get()) && isComplete(gen)) {
        result = gen;
      }
    }
    return Optional.ofNullable(result);
  }

  /** True when a generation holds a committed Lucene index (a crashed build holds none). */
  public static boolean isComplete(Path generation) throws IOException {
    try (var files = Files.list(generation)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    }
  }

  /**
   * Deletes every generation folder but the given ones.
   *
   * @return the folders that could not be deleted, with the reason
   */
  public java.util.List<String> removeAllBut(java.util.Set<Path> keep) throws IOException {
    java.util.List<String> failures = new java.util.ArrayList<>();
    for (Path gen : generations()) {
      if (!keep.contains(gen)) {
        try {
          delete(gen);
        } catch (IOException e) {
          failures.add(gen.getFileName() + ": " + e.getMessage());
        }
      }
    }
    return java.util.List.copyOf(failures);
  }

  /** Deletes a generation folder and everything in it. */
  public static void delete(Path generation) throws IOException {
    if (!Files.exists(generation)) {
      return;
    }
    try (var files = Files.walk(generation)) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int number(Path gen) {
    String name = gen.getFileName().toString();
    if (!name.startsWith(PREFIX)) {
      return -1;
    }
    try {
      return Integer.parseInt(name.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

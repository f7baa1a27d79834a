package revue.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IndexLockedException;
import revue.IndexReport;
import revue.IngestOptions;
import revue.Revue;
import revue.RevueException;
import revue.RunReport;
import revue.SearchRequest;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;

class RebuilderTest {

  @TempDir Path tmp;
  Path corpus;
  Path index;
  IndexLayout layout;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 3, 40, 7);
    index = tmp.resolve("index");
    layout = new IndexLayout(index);
  }

  private Rebuilder rebuilder() {
    return new Rebuilder(layout, new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC), 2);
  }

  private static long documents(Path index) {
    try (Revue revue = Revue.open(index)) {
      return revue.search(SearchRequest.of("").withLimit(0)).total();
    }
  }

  @Test
  void rebuildSwitchesToNewGenerationKeepsPreviousAndDeletesOlder() throws Exception {
    RunReport first = rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {});
    assertEquals("built gen-000001 with 120 articles", first.message());
    rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {});
    Files.writeString(
        corpus.resolve("part-09.jsonl"),
        GeneratedCorpus.article(new java.util.Random(1), "extra") + "\n");
    RunReport third = rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {});
    assertEquals(
        "built gen-000003 with 121 articles; gen-000002 kept for rollback", third.message());
    assertEquals(
        List.of(
            index.resolve("gen-000002").toAbsolutePath(),
            index.resolve("gen-000003").toAbsolutePath()),
        layout.generations());
    assertEquals(121, documents(index));
    assertEquals(new IndexReport.Changes(121, 0, 0, 0), third.changes());
    assertEquals(third, RunReport.read(layout.root()).orElseThrow());

    RunReport back = Rebuilder.rollback(layout);
    assertEquals("live generation is now gen-000002 (was gen-000003)", back.message());
    assertEquals(120, documents(index));
    RevueException none = assertThrows(RevueException.class, () -> Rebuilder.rollback(layout));
    assertEquals(
        "no generation before gen-000002 in " + layout.root() + " to roll back to",
        none.getMessage());
  }

  @Test
  void diskFullDuringRebuildFailsCleanlyAndLeavesLiveGenerationUntouched() throws Exception {
    rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {});
    String current = Files.readString(index.resolve("CURRENT"), StandardCharsets.UTF_8);
    Rebuilder full =
        new Rebuilder(
            layout,
            new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC),
            2,
            d -> new DiskFull(d, 20_000));
    RevueException e =
        assertThrows(
            RevueException.class,
            () -> full.rebuild(List.of(corpus), IngestOptions.defaults(), n -> {}));
    assertTrue(e.getMessage().startsWith("rebuild failed: "), e.getMessage());
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertTrue(
        e.getMessage().endsWith("; the live generation gen-000001 is unchanged"), e.getMessage());
    assertEquals(current, Files.readString(index.resolve("CURRENT"), StandardCharsets.UTF_8));
    assertFalse(
        Files.exists(index.resolve("gen-000002")),
        "the failed generation is deleted to give the space back");
    assertEquals(120, documents(index));
    RunReport last = RunReport.read(layout.root()).orElseThrow();
    assertFalse(last.ok());
    assertEquals(e.getMessage(), last.message());
    assertEquals("gen-000001", last.generation());
    // the lock and the layout are fine afterwards: the next rebuild succeeds
    assertEquals(
        "built gen-000002 with 120 articles; gen-000001 kept for rollback",
        rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {}).message());
  }

  @Test
  void permissionErrorWhileCreatingGenerationFailsCleanly() throws Exception {
    rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {});
    Rebuilder denied =
        new Rebuilder(
            layout,
            new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC),
            2,
            d -> new Denied(d));
    RevueException e =
        assertThrows(
            RevueException.class,
            () -> denied.rebuild(List.of(corpus), IngestOptions.defaults(), n -> {}));
    assertTrue(e.getMessage().contains("Permission denied"), e.getMessage());
    assertEquals("gen-000001", layout.current().orElseThrow().getFileName().toString());
    assertEquals(120, documents(index));
  }

  @Test
  void rebuildThatReadsNoArticlesIsRefusedSoAMissingMountCannotEmptyTheIndex() throws Exception {
    rebuilder().rebuild(List.of(corpus), IngestOptions.defaults(), n -> {});
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    RevueException e =
        assertThrows(
            RevueException.class,
            () -> rebuilder().rebuild(List.of(empty), IngestOptions.defaults(), n -> {}));
    assertEquals(
        "rebuild failed: no articles read from "
            + empty.toAbsolutePath()
            + " (0 failed); the live generation gen-000001 is unchanged",
        e.getMessage());
    assertEquals(120, documents(index));
  }

  @Test
  void revueRebuildHoldsTheWriteLock() throws Exception {
    try (IndexLock held = IndexLock.acquire(index, "index", Duration.ZERO);
        Revue revue = Revue.open(index)) {
      assertThrows(
          IndexLockedException.class,
          () -> revue.rebuild(List.of(corpus), IngestOptions.defaults(), n -> {}, Duration.ZERO));
    }
    assertTrue(layout.generations().isEmpty());
  }

  /** A directory whose disk fills up after {@code capacity} bytes written in all its files. */
  static final class DiskFull extends FilterDirectory {
    private final AtomicLong left;

    DiskFull(Directory in, long capacity) {
      super(in);
      this.left = new AtomicLong(capacity);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Counting(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return new Counting(in.createTempOutput(prefix, suffix, context));
    }

    private final class Counting extends FilterIndexOutput {
      Counting(IndexOutput out) {
        super("disk-full(" + out + ")", out.getName(), out);
      }

      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }

      private void take(long n) throws IOException {
        if (left.addAndGet(-n) < 0) {
          throw new IOException("No space left on device");
        }
      }
    }
  }

  /** A directory where no file may be created, like a folder without write permission. */
  static final class Denied extends FilterDirectory {
    Denied(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      throw new java.nio.file.AccessDeniedException(name, null, "Permission denied");
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      throw new java.nio.file.AccessDeniedException(prefix, null, "Permission denied");
    }
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.index.Fields;

/**
 * Copies of one story collapse into one hit: src/test/resources/dedup/wire.jsonl holds a wire story
 * three times (wire/1 as sent, wire/2 and wire/3 with a few words changed), an unrelated article
 * (wire/4) and another article on the same subject in its own words (wire/5).
 */
class NearDuplicatesTest {

  @TempDir Path tmp;
  Path input;
  Path index;

  @BeforeEach
  void indexWire() throws IOException {
    input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of("src/test/resources/dedup/wire.jsonl"), input.resolve("wire.jsonl"));
    index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(input));
    }
  }

  static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  static List<List<String>> similar(SearchResults results) {
    return results.hits().stream().map(Hit::similarIds).toList();
  }

  @Test
  void copiesOfAStoryAreOneHitThatListsTheOthers() {
    try (Revue revue = Revue.open(index)) {
      SearchResults results = revue.search(SearchRequest.of("Tangier terminal"));
      assertEquals(4, results.total());
      // the article in its own words is shorter and ranks first; wire/3 names Tangier twice; the
      // copies come in rank order
      assertEquals(List.of("wire/5", "wire/3"), ids(results));
      assertEquals(List.of(List.of(), List.of("wire/2", "wire/1")), similar(results));
      assertEquals(2, results.hits().get(1).similar());
    }
  }

  @Test
  void facetsCountArticlesNotStories() {
    try (Revue revue = Revue.open(index)) {
      SearchResults results = revue.search(SearchRequest.of("Tangier terminal"));
      FacetCounts sources =
          results.facets().stream()
              .filter(f -> f.dimension().equals("source"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of(
              new FacetCounts.Value("weekly", "weekly", 2),
              new FacetCounts.Value("agency", "agency", 1),
              new FacetCounts.Value("daily", "daily", 1)),
          sources.values());
    }
  }

  @Test
  void noCollapseShowsEveryArticle() {
    try (Revue revue = Revue.open(index)) {
      SearchResults results =
          revue.search(SearchRequest.of("Tangier terminal").withCollapse(false));
      assertEquals(4, results.total());
      assertEquals(4, results.hits().size());
      assertEquals(
          List.of("wire/1", "wire/2", "wire/3", "wire/5"), ids(results).stream().sorted().toList());
      assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), similar(results));
    }
  }

  @Test
  void theLimitCountsStoriesSoPagesDoNotRepeatAStory() {
    try (Revue revue = Revue.open(index)) {
      SearchResults first = revue.search(SearchRequest.of("Tangier terminal").withLimit(1));
      assertEquals(List.of("wire/5"), ids(first));
      // a second page is the tail of a longer list, as revue serve makes it: the story, once
      SearchResults two = revue.search(SearchRequest.of("Tangier terminal").withLimit(2));
      assertEquals(List.of("wire/5", "wire/3"), ids(two));
      assertEquals(List.of(List.of(), List.of("wire/2", "wire/1")), similar(two));
      SearchResults three = revue.search(SearchRequest.of("Tangier terminal").withLimit(3));
      assertEquals(List.of("wire/5", "wire/3"), ids(three));
    }
  }

  @Test
  void similarCountsOnlyCopiesThatMatchTheSearch() {
    try (Revue revue = Revue.open(index)) {
      // wire/2 is the only copy from the daily: filtered to it, the story is wire/2 alone
      SearchResults daily =
          revue.search(SearchRequest.of("Tangier terminal").withFilter("source", "daily"));
      assertEquals(List.of("wire/2"), ids(daily));
      assertEquals(List.of(List.of()), similar(daily));
      SearchResults notDaily =
          revue.search(
              SearchRequest.of("Tangier terminal")
                  .withFilter("source", "agency")
                  .withFilter("source", "weekly"));
      assertEquals(List.of("wire/5", "wire/3"), ids(notDaily));
      assertEquals(List.of(List.of(), List.of("wire/1")), similar(notDaily));
    }
  }

  @Test
  void relatedListsCopiesApartFromRelatedCoverage() {
    try (Revue revue = Revue.open(index)) {
      RelatedResults results = revue.related("wire/2", 10);
      assertEquals(List.of("wire/1", "wire/3"), results.copies().stream().map(Hit::id).toList());
      // none of its copies is related coverage (wire/5 holds too little of wire/2's telling
      // weight to be listed from it)
      assertEquals(List.of(), results.related().stream().map(r -> r.hit().id()).toList());
      // from the article in its own words, the story is related once, and is no copy of it
      RelatedResults fromOther = revue.related("wire/5", 10);
      assertEquals(List.of("wire/3"), fromOther.related().stream().map(r -> r.hit().id()).toList());
      assertEquals(List.of(), fromOther.copies());
    }
  }

  @Test
  void aDeletedLeaderLeavesItsCopiesGroupedAndARebuildGivesTheSameGroups() throws IOException {
    Path file = input.resolve("wire.jsonl");
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(1, lines.size()));
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(input));
      SearchResults results = revue.search(SearchRequest.of("Tangier terminal"));
      assertEquals(3, results.total());
      assertEquals(List.of("wire/5", "wire/3"), ids(results));
      assertEquals(List.of(List.of(), List.of("wire/2")), similar(results));
      revue.rebuild(List.of(input));
      revue.refresh();
      assertEquals(similar(results), similar(revue.search(SearchRequest.of("Tangier terminal"))));
    }
  }

  @Test
  void anIndexWrittenBeforeIdValuesListsTheSameCopies() throws IOException {
    SearchResults current;
    try (Revue revue = Revue.open(index)) {
      current = revue.search(SearchRequest.of("Tangier terminal"));
    }
    // the Lucene index is the generation CURRENT names
    Path lucene = index.resolve(Files.readString(index.resolve("CURRENT")).trim());
    withoutIdValues(lucene);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(lucene))) {
      assertNull(FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.ID_VALUE));
    }
    try (Revue revue = Revue.open(index)) {
      SearchResults old = revue.search(SearchRequest.of("Tangier terminal"));
      assertEquals(List.of("wire/5", "wire/3"), ids(old));
      assertEquals(List.of(List.of(), List.of("wire/2", "wire/1")), similar(old));
      assertEquals(similar(current), similar(old));
    }
  }

  /** Rewrites the index as one written before {@link Fields#ID_VALUE}: the same, without it. */
  private void withoutIdValues(Path dir) throws IOException {
    Path copy = tmp.resolve("copy");
    Files.createDirectories(copy);
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(copy));
        IndexWriter writer =
            new IndexWriter(
                FSDirectory.open(dir),
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      List<CodecReader> leaves = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        leaves.add(SlowCodecReaderWrapper.wrap(new WithoutIdValues(leaf.reader())));
      }
      writer.addIndexes(leaves.toArray(CodecReader[]::new));
      writer.setLiveCommitData(reader.getIndexCommit().getUserData().entrySet());
      writer.commit();
    }
  }

  private static final class WithoutIdValues extends FilterLeafReader {
    WithoutIdValues(LeafReader in) {
      super(in);
    }

    @Override
    public FieldInfos getFieldInfos() {
      List<FieldInfo> kept = new ArrayList<>();
      for (FieldInfo info : in.getFieldInfos()) {
        if (!info.name.equals(Fields.ID_VALUE)) {
          kept.add(info);
        }
      }
      return new FieldInfos(kept.toArray(FieldInfo[]::new));
    }

    @Override
    public SortedDocValues getSortedDocValues(String field) throws IOException {
      return field.equals(Fields.ID_VALUE) ? null : in.getSortedDocValues(field);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}

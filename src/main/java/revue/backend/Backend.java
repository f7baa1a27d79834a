package revue.backend;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import revue.Hit;
import revue.IndexReport;
import revue.IndexStats;
import revue.IngestOptions;
import revue.RelatedResults;
import revue.RunReport;
import revue.SearchRequest;
import revue.SearchResults;
import revue.StoredArticle;
import revue.enrich.Enricher;

/**
 * Where {@link revue.Revue} keeps and searches its articles: the local Lucene index ({@link
 * LocalBackend}) or a search cluster. Revue reads and enriches the articles itself, whatever the
 * backend, and a backend speaks revue's own request and result types, so the JSON contract and
 * every caller stay the same on each.
 *
 * <p>Implementations are thread-safe: searches from any number of threads, also while a writing run
 * goes on. The methods mirror {@link revue.Revue}'s, whose javadoc gives their contracts.
 */
public interface Backend extends AutoCloseable {

  /** Brings the articles up to date with the files under the paths; see Revue#index. */
  IndexReport index(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait);

  /** Builds a new generation from the inputs, checks it and makes it live; see Revue#rebuild. */
  RunReport rebuild(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait);

  /** Makes the generation before the live one live again; see Revue#rollback. */
  RunReport rollback(Duration lockWait);

  /** Reads the live generation's newest state now. */
  void refresh();

  /** One search: total, hits with snippets, facet counts. */
  SearchResults search(SearchRequest request);

  /** The article with this id, or empty. */
  Optional<StoredArticle> article(String id, Locale labels);

  /** Matching articles per publication day. */
  SortedMap<LocalDate, Long> dayCounts(SearchRequest request);

  /** Every matching article's id offered to {@code wanted}; the accepted ones as hits. */
  List<Hit> matching(SearchRequest request, Predicate<String> wanted);

  /** The articles most like one article. */
  RelatedResults related(String id, int limit);

  /** What the live generation holds. */
  IndexStats stats();

  /**
   * The ministers' tenures the live generation's articles show, as the second pass of a writing run
   * observes them; what {@code revue analyze --index} enriches with.
   */
  revue.entity.ObservedTenures tenures(java.util.function.Predicate<String> knownMinister);

  /** Throws {@link IllegalStateException} when closed. */
  void requireOpen();

  /** Closes what the backend holds; closing twice does nothing. */
  @Override
  void close();
}

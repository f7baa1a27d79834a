package revue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import revue.watch.WatchFile;
import revue.watch.WatchRunner;

/**
 * Saved searches kept beside an index ({@code watches.txt}, see {@link WatchFile}): runs report
 * the articles each matches that it has not reported before, write them into an Atom feed per
 * saved search, and list surges, days on which a subject's share of coverage is far above its
 * own recent baseline.
 *
 * <p>Obtained from {@link Revue#watches()}; searches through that Revue, so it is usable while it
 * is open. Runs of the same saved search must not overlap (the nightly job runs them one after the
 * other); different indexes are independent.
 */
public final class Watches {

  private final Revue revue;
  private final Path indexDir;

  Watches(Revue revue, Path indexDir) {
    this.revue = revue;
    this.indexDir = indexDir;
  }

  /**
   * A saved search: a name (also its feed's file name), a query in revue's syntax, filters.
   *
   * @throws InvalidInputException when the name cannot name a file
   */
  public record SavedSearch(String name, String query, List<Filter> filters) {
    public SavedSearch {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(query, "query");
      WatchFile.nameProblem(name).ifPresent(p -> {
        throw new InvalidInputException(p);
      });
      filters = List.copyOf(filters);
    }

    /** The search it runs: its query and filters, all matches. */
    public SearchRequest request() {
      SearchRequest request = SearchRequest.of(query);
      for (Filter f : filters) {
        request = request.withFilter(f.dimension(), f.value());
      }
      return request;
    }

    /** The query and its filters on one line, as lists and feeds show them. */
    public String definition() {
      StringBuilder s = new StringBuilder(query);
      for (Filter f : filters) {
        s.append(" [").append(f.dimension()).append('=').append(f.value()).append(']');
      }
      return s.toString();
    }
  }

  /**
   * The saved searches of the file, what is wrong with the sections that are not well-formed, and
   * the feed settings.
   */
  public record Listing(List<SavedSearch> searches, List<String> problems, Path feeds, int keep) {
    public Listing {
      searches = List.copyOf(searches);
      problems = List.copyOf(problems);
    }
  }

  /**
   * A day on which a subject's share of coverage in one language is far above its baseline.
   *
   * @param kind "search" (a saved search), "minister" or "country"
   * @param subject the saved search's name, the minister's canonical name, the country's code
   * @param label for display: the name, or the country's code and name
   * @param count the subject's articles that day in that language
   * @param total all articles that day in that language
   * @param share count over total
   * @param baseline the median share of the 28 days before
   * @param z the robust z-score of the share against the baseline
   */
  public record Surge(
      String kind,
      String subject,
      String label,
      String lang,
      LocalDate day,
      long count,
      long total,
      double share,
      double baseline,
      double z) {}

  /**
   * One saved search's part of a run.
   *
   * @param articles the articles it matches that it had not reported, newest first
   * @param surges its surges on the index's latest day
   * @param feed the Atom feed the articles were written to
   * @param baseline true when the run only recorded the current matches as reported (the first
   *     run of a saved search written into the file by hand, or whose query or filters changed),
   *     listing none
   */
  public record Report(String name, List<Hit> articles, List<Surge> surges, Path feed, boolean baseline) {
    public Report {
      articles = List.copyOf(articles);
      surges = List.copyOf(surges);
    }
  }

  /**
   * A run of saved searches.
   *
   * @param reports one per saved search that ran, in file order
   * @param surges the ministers' and countries' surges on the latest day (when all saved searches
   *     ran)
   * @param problems one line per saved search that could not run (unknown name, broken section,
   *     query that does not parse); the others ran
   * @param latestDay the index's newest article day not after today, if any
   */
  public record RunResult(List<Report> reports, List<Surge> surges, List<String> problems, Optional<LocalDate> latestDay) {
    public RunResult {
      reports = List.copyOf(reports);
      surges = List.copyOf(surges);
      problems = List.copyOf(problems);
    }
  }

  /** Surges over a period, strongest first, and the saved searches that could not be evaluated. */
  public record SurgeReport(List<Surge> surges, List<String> problems, LocalDate from, LocalDate to) {
    public SurgeReport {
      surges = List.copyOf(surges);
      problems = List.copyOf(problems);
    }
  }

  /** The file the saved searches are kept in. */
  public Path file() {
    return indexDir.resolve(WatchFile.NAME);
  }

  public Listing list() {
    WatchFile file = WatchFile.read(indexDir);
    return new Listing(file.searches(), file.problems(), file.feeds(), file.keep());
  }

  /**
   * Saves a search after checking that its query parses; the articles it matches now count as
   * reported, so its first run lists only what is new since.
   *
   * @return how many articles it matches now
   * @throws InvalidInputException when the name is taken or the query does not parse
   */
  public long add(SavedSearch search) {
    return runner().add(search);
  }

  /** Removes a saved search and its list of reported articles; its feed stays. */
  public void remove(String name) {
    runner().remove(name);
  }

  /** Sets the folder feeds are written into (relative: to the index folder) and their length. */
  public void configureFeeds(String folder, int keep) {
    WatchFile.read(indexDir).configure(folder, keep);
  }

  /**
   * Runs saved searches: for each, the articles not reported before go to its feed, then to
   * {@code delivered}, and then are recorded as reported. A run killed before that record
   * leaves them unreported, and the next run reports them again; the feed holds each article
   * once.
   *
   * @param names the saved searches to run; empty for all of them
   * @param delivered called with each saved search's report, before it is recorded
   */
  public RunResult run(List<String> names, Consumer<Report> delivered) {
    return runner().run(names, delivered);
  }

  /**
   * The surges of the saved searches and of every minister and country on the days from {@code
   * from} to {@code to}, in the given languages (all when empty), strongest first.
   */
  public SurgeReport surges(LocalDate from, LocalDate to, Set<String> langs) {
    return runner().surges(from, to, langs);
  }

  /** The newest article day of the index that is not after today (UTC), if it has articles. */
  public Optional<LocalDate> latestDay() {
    return runner().latestDay();
  }

  private WatchRunner runner() {
    return new WatchRunner(revue, indexDir);
  }
}

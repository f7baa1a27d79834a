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
 * Saved searches kept beside an index ({@code watches.txt}, see {@link WatchFile}): runs report the
 * articles each matches that it has not reported before, write them into an Atom feed per saved
 * search, and list surges, days on which a subject's share of coverage is far above its own recent
 * baseline.
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
   * @param name its name, which also names its feed file ({@code NAME.atom}) and its list of
   *     reported articles: 1 to 80 letters, digits, '.', '_' and '-', starting with a letter or
   *     digit
   * @param query the query, in revue's syntax; not checked here (see {@link Watches#add})
   * @param filters the filters the search adds to the query, in order; may be empty
   */
  public record SavedSearch(String name, String query, List<Filter> filters) {
    /**
     * Checks the name and keeps an unmodifiable copy of the filters.
     *
     * @throws NullPointerException when {@code name}, {@code query} or {@code filters} is null, or
     *     {@code filters} holds a null
     * @throws InvalidInputException when the name cannot name a saved search (see {@code name})
     */
    public SavedSearch {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(query, "query");
      WatchFile.nameProblem(name)
          .ifPresent(
              p -> {
                throw new InvalidInputException(p);
              });
      filters = List.copyOf(filters);
    }

    /**
     * The search it runs: its query and filters, all matches.
     *
     * @return a request with the query and each filter, in order, and the default limits
     */
    public SearchRequest request() {
      SearchRequest request = SearchRequest.of(query);
      for (Filter f : filters) {
        request = request.withFilter(f.dimension(), f.value());
      }
      return request;
    }

    /**
     * The query and its filters on one line, as lists and feeds show them. A run compares it with
     * the one recorded with the reported articles: when it differs, the run starts a new baseline.
     *
     * @return the query followed by {@code [dimension=value]} for each filter, in order
     */
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
   *
   * @param searches the well-formed saved searches, in file order
   * @param problems one line per problem of the file, each naming the file and line
   * @param feeds the folder feeds are written into, absolute (a relative setting is resolved
   *     against the index folder)
   * @param keep how many entries each feed keeps, at least 1
   */
  public record Listing(List<SavedSearch> searches, List<String> problems, Path feeds, int keep) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @throws NullPointerException when a list is null or holds a null
     */
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
   * @param lang the language of the articles counted, such as {@code fr}
   * @param day the day of the surge
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
   * @param name the saved search's name
   * @param articles the articles it matches that it had not reported, newest first
   * @param surges its surges on the index's latest day
   * @param feed the Atom feed the articles were written to
   * @param baseline true when the run only recorded the current matches as reported (the first run
   *     of a saved search written into the file by hand, or whose query or filters changed),
   *     listing none
   */
  public record Report(
      String name, List<Hit> articles, List<Surge> surges, Path feed, boolean baseline) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @throws NullPointerException when a list is null or holds a null
     */
    public Report {
      articles = List.copyOf(articles);
      surges = List.copyOf(surges);
    }
  }

  /**
   * A run of saved searches.
   *
   * @param reports one per saved search that ran, in file order (in the order named when the run
   *     named them)
   * @param surges the ministers' and countries' surges on the latest day (when all saved searches
   *     ran)
   * @param problems one line per saved search that could not run (unknown name, broken section,
   *     query that does not parse); the others ran
   * @param latestDay the index's newest article day not after today, if any
   */
  public record RunResult(
      List<Report> reports,
      List<Surge> surges,
      List<String> problems,
      Optional<LocalDate> latestDay) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @throws NullPointerException when a list is null or holds a null
     */
    public RunResult {
      reports = List.copyOf(reports);
      surges = List.copyOf(surges);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Surges over a period, strongest first, and the saved searches that could not be evaluated.
   *
   * @param surges the surges of the saved searches, ministers and countries, highest z-score first
   * @param problems one line per problem of the file and per saved search whose query could not be
   *     searched; the others were evaluated
   * @param from the period's first day
   * @param to the period's last day, included
   */
  public record SurgeReport(
      List<Surge> surges, List<String> problems, LocalDate from, LocalDate to) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @throws NullPointerException when a list is null or holds a null
     */
    public SurgeReport {
      surges = List.copyOf(surges);
      problems = List.copyOf(problems);
    }
  }

  /**
   * The file the saved searches are kept in; it need not exist.
   *
   * @return {@code watches.txt} in the index folder
   */
  public Path file() {
    return indexDir.resolve(WatchFile.NAME);
  }

  /**
   * Reads the file of saved searches; a missing file lists none, with the default feed settings.
   * Sections that are not well-formed are reported as problems, not thrown.
   *
   * @return the saved searches, the file's problems and the feed settings
   * @throws RevueException when the file exists but cannot be read
   */
  public Listing list() {
    WatchFile file = WatchFile.read(indexDir);
    return new Listing(file.searches(), file.problems(), file.feeds(), file.keep());
  }

  /**
   * Saves a search after checking that its query parses; the articles it matches now count as
   * reported, so its first run lists only what is new since.
   *
   * @param search the saved search to add at the end of the file; not null
   * @return how many articles it matches now
   * @throws InvalidInputException when the name is taken, or the query is empty (blank) or does not
   *     parse; nothing is written then
   * @throws RevueException when the index or the file cannot be read or written
   * @throws IllegalStateException when the {@link Revue} it came from is closed
   */
  public long add(SavedSearch search) {
    return runner().add(search);
  }

  /**
   * Removes a saved search, well-formed or not, and its list of reported articles; its feed stays.
   *
   * @param name the saved search's name; not null
   * @throws InvalidInputException when the file has no saved search with that name
   * @throws RevueException when the file cannot be read or written
   */
  public void remove(String name) {
    runner().remove(name);
  }

  /**
   * Sets the folder feeds are written into and how many entries each keeps, leaving the saved
   * searches as they are; creates the file when it is missing. Takes effect at the next run.
   *
   * @param folder the folder, absolute or relative to the index folder; not null
   * @param keep how many entries each feed keeps (the newest); at least 1
   * @throws InvalidInputException when {@code keep} is less than 1
   * @throws RevueException when the file cannot be read or written
   */
  public void configureFeeds(String folder, int keep) {
    WatchFile.read(indexDir).configure(folder, keep);
  }

  /**
   * Runs saved searches: for each, the articles not reported before go to its feed, then to {@code
   * delivered}, and then are recorded as reported. A run killed before that record leaves them
   * unreported, and the next run reports them again; the feed holds each article once.
   *
   * <p>A saved search without a list of reported articles, or whose definition changed since,
   * starts a baseline: its current matches are recorded as reported and its report lists none.
   *
   * @param names the saved searches to run, each once, in the order given; empty for all of them in
   *     file order (and then the file's problems and the ministers' and countries' surges too); not
   *     null
   * @param delivered called with each saved search's report, before it is recorded; not null. If it
   *     throws {@link InvalidInputException}, that saved search becomes a problem and the run goes
   *     on; any other exception ends the run; either way its articles stay unreported
   * @return the reports, the problems and the surges
   * @throws RevueException when the index, the file, a feed or a list of reported articles cannot
   *     be read or written
   * @throws IllegalStateException when the {@link Revue} it came from is closed
   */
  public RunResult run(List<String> names, Consumer<Report> delivered) {
    return runner().run(names, delivered);
  }

  /**
   * The surges of the saved searches and of every minister and country on the days from {@code
   * from} to {@code to}, in the given languages (all when empty), strongest first. A saved search's
   * own date filters are left out, and its language filters narrow the languages.
   *
   * @param from the period's first day; not null
   * @param to the period's last day, included; not null
   * @param langs the languages to look at, such as {@code fr}; empty for all the index holds; not
   *     null
   * @return the surges and the saved searches that could not be evaluated
   * @throws InvalidInputException when {@code to} is before {@code from}
   * @throws RevueException when the index or the file cannot be read
   * @throws IllegalStateException when the {@link Revue} it came from is closed
   */
  public SurgeReport surges(LocalDate from, LocalDate to, Set<String> langs) {
    return runner().surges(from, to, langs);
  }

  /**
   * The newest article day of the index that is not after today (UTC), if it has articles.
   *
   * @return that day; empty when no article has a publication day up to today
   * @throws RevueException when the index cannot be read
   * @throws IllegalStateException when the {@link Revue} it came from is closed
   */
  public Optional<LocalDate> latestDay() {
    return runner().latestDay();
  }

  private WatchRunner runner() {
    return new WatchRunner(revue, indexDir);
  }
}

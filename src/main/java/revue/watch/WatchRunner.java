package revue.watch;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import revue.Filter;
import revue.Hit;
import revue.InvalidInputException;
import revue.Revue;
import revue.Watches.Report;
import revue.Watches.RunResult;
import revue.Watches.SavedSearch;
import revue.Watches.Surge;
import revue.Watches.SurgeReport;

/**
 * What {@link revue.Watches} does, on revue's public search: adding, removing and running saved
 * searches, and finding surges. Public for {@code revue.Watches} only; not API.
 */
public final class WatchRunner {

  /** Newest day first; articles without a date last; then by id, so the order is total. */
  private static final Comparator<Hit> NEWEST_FIRST =
      Comparator.comparing(Hit::date, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .reversed()
          .thenComparing(Hit::id);

  private final Revue revue;
  private final Path indexDir;
  private final DailyCounts counts;
  private final SurgeDetector detector = new SurgeDetector();

  public WatchRunner(Revue revue, Path indexDir) {
    this.revue = revue;
    this.indexDir = indexDir.toAbsolutePath().normalize();
    this.counts = new DailyCounts(revue);
  }

  public long add(SavedSearch search) {
    if (search.query().isBlank()) {
      // the file would hold a section it refuses to read, and every later command would stop on it
      throw new InvalidInputException(
          "saved search '"
              + search.name()
              + "' has no query (to follow a country or a minister, make it the query:"
              + " country:NE, minister:Bourita)");
    }
    WatchFile file = WatchFile.read(indexDir);
    if (file.has(search.name())) {
      throw new InvalidInputException(
          "a saved search named '" + search.name() + "' exists already (remove it first)");
    }
    List<String> matches = new ArrayList<>();
    revue.matching(search.request(), id -> matches.add(id) && false); // a bad query fails here
    ReportedIds.of(search.definition(), matches).write(indexDir, search.name());
    file.add(search);
    return matches.size();
  }

  public void remove(String name) {
    WatchFile.read(indexDir).remove(name);
    ReportedIds.delete(indexDir, name);
  }

  public RunResult run(List<String> names, Consumer<Report> delivered) {
    WatchFile file = WatchFile.read(indexDir);
    List<String> problems = new ArrayList<>();
    List<SavedSearch> chosen = new ArrayList<>();
    if (names.isEmpty()) {
      chosen.addAll(file.searches());
      problems.addAll(file.problems());
    } else {
      for (String name : new LinkedHashSet<>(names)) {
        Optional<String> broken = file.problemOf(name);
        Optional<SavedSearch> found =
            file.searches().stream().filter(s -> s.name().equals(name)).findFirst();
        if (broken.isPresent()) {
          problems.add(broken.get());
        } else if (found.isPresent()) {
          chosen.add(found.get());
        } else {
          problems.add("no saved search named '" + name + "' in " + file.file());
        }
      }
    }
    Instant now = Instant.now();
    Optional<LocalDate> latest = latestDay();
    Map<String, Map<LocalDate, Long>> totals = new HashMap<>();
    List<Report> reports = new ArrayList<>();
    for (SavedSearch search : chosen) {
      try {
        ReportedIds before = ReportedIds.read(indexDir, search.name()).orElse(null);
        boolean baseline = before == null || !before.definition().equals(search.definition());
        List<String> matches = new ArrayList<>();
        List<Hit> fresh =
            revue
                .matching(
                    search.request(), id -> matches.add(id) && !baseline && !before.contains(id))
                .stream()
                .sorted(NEWEST_FIRST)
                .toList();
        Path feed = file.feeds().resolve(search.name() + ".atom");
        ReportedIds after =
            baseline
                ? ReportedIds.of(search.definition(), matches)
                : before.plus(fresh.stream().map(Hit::id).toList());
        if (!fresh.isEmpty() || !java.nio.file.Files.exists(feed)) {
          AtomFeed.write(feed, search.name(), search.definition(), fresh, file.keep(), now);
        }
        List<Surge> surges =
            latest.map(day -> searchSurges(search, day, day, totals, Set.of())).orElse(List.of());
        Report report = new Report(search.name(), fresh, surges, feed, baseline);
        delivered.accept(report);
        after.write(indexDir, search.name());
        reports.add(report);
      } catch (InvalidInputException e) {
        problems.add("saved search '" + search.name() + "': " + e.getMessage());
      }
    }
    List<Surge> entitySurges =
        names.isEmpty() && latest.isPresent()
            ? strongestFirst(entitySurges(latest.get(), latest.get(), totals, Set.of()))
            : List.of();
    return new RunResult(reports, entitySurges, problems, latest);
  }

  public SurgeReport surges(LocalDate from, LocalDate to, Set<String> langs) {
    if (from.isAfter(to)) {
      throw new InvalidInputException("the period " + from + ".." + to + " ends before it starts");
    }
    WatchFile file = WatchFile.read(indexDir);
    List<String> problems = new ArrayList<>(file.problems());
    Map<String, Map<LocalDate, Long>> totals = new HashMap<>();
    List<Surge> surges = new ArrayList<>();
    for (SavedSearch search : file.searches()) {
      try {
        surges.addAll(searchSurges(search, from, to, totals, langs));
      } catch (InvalidInputException e) {
        problems.add("saved search '" + search.name() + "': " + e.getMessage());
      }
    }
    surges.addAll(entitySurges(from, to, totals, langs));
    return new SurgeReport(strongestFirst(surges), problems, from, to);
  }

  public Optional<LocalDate> latestDay() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return counts.perDay("", List.of(), null).keySet().stream()
        .filter(d -> !d.isAfter(today))
        .max(Comparator.naturalOrder());
  }

  private List<Surge> searchSurges(
      SavedSearch search,
      LocalDate from,
      LocalDate to,
      Map<String, Map<LocalDate, Long>> totals,
      Set<String> langs) {
    // its own date filters are left out: a surge compares days
    List<Filter> filters =
        search.filters().stream()
            .filter(f -> !f.dimension().equals("date") && !f.dimension().equals("lang"))
            .toList();
    List<String> ownLangs =
        search.filters().stream()
            .filter(f -> f.dimension().equals("lang"))
            .map(Filter::value)
            .toList();
    List<Surge> found = new ArrayList<>();
    for (String lang : languages(langs)) {
      if (!ownLangs.isEmpty() && !ownLangs.contains(lang)) {
        continue;
      }
      Map<LocalDate, Long> perDay = counts.perDay(search.query(), filters, lang);
      for (SurgeDetector.Day d : detector.surges(perDay, totals(totals, lang), from, to)) {
        found.add(surge("search", search.name(), search.name(), lang, d));
      }
    }
    return found;
  }

  private List<Surge> entitySurges(
      LocalDate from, LocalDate to, Map<String, Map<LocalDate, Long>> totals, Set<String> langs) {
    List<Surge> found = new ArrayList<>();
    for (String lang : languages(langs)) {
      Map<LocalDate, Long> all = totals(totals, lang);
      Map<DailyCounts.Entity, Map<LocalDate, Long>> series = new HashMap<>();
      Set<DailyCounts.Entity> candidates = new LinkedHashSet<>();
      for (LocalDate day = from.minusDays(SurgeDetector.BASELINE_DAYS);
          !day.isAfter(to);
          day = day.plusDays(1)) {
        if (all.getOrDefault(day, 0L) == 0) {
          continue;
        }
        for (var e : counts.entitiesOn(day, lang).entrySet()) {
          series.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(day, e.getValue());
          if (!day.isBefore(from) && e.getValue() >= SurgeDetector.MIN_COUNT) {
            candidates.add(e.getKey()); // only these can surge in the period
          }
        }
      }
      for (DailyCounts.Entity entity : candidates) {
        for (SurgeDetector.Day d : detector.surges(series.get(entity), all, from, to)) {
          found.add(surge(entity.kind(), entity.value(), entity.label(), lang, d));
        }
      }
    }
    return found;
  }

  private List<String> languages(Set<String> wanted) {
    return wanted.isEmpty() ? counts.languages() : List.copyOf(wanted);
  }

  private Map<LocalDate, Long> totals(Map<String, Map<LocalDate, Long>> cache, String lang) {
    return cache.computeIfAbsent(lang, l -> counts.perDay("", List.of(), l));
  }

  private static Surge surge(
      String kind, String subject, String label, String lang, SurgeDetector.Day d) {
    return new Surge(
        kind, subject, label, lang, d.day(), d.count(), d.total(), d.share(), d.baseline(), d.z());
  }

  private static List<Surge> strongestFirst(List<Surge> surges) {
    return surges.stream()
        .sorted(
            Comparator.comparingDouble(Surge::z)
                .reversed()
                .thenComparing(Surge::day)
                .thenComparing(Surge::kind)
                .thenComparing(Surge::subject)
                .thenComparing(Surge::lang))
        .toList();
  }
}

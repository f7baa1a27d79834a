package revue.enrich;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import revue.analysis.LanguageIdentifier;
import revue.analysis.Segment;
import revue.enrich.EnrichedArticle.MentionCount;
import revue.entity.EntityExtractor;
import revue.entity.Mention;
import revue.ingest.Article;

/**
 * Derives languages, entities and the publication day of an article. The stage between ingest and
 * index; it knows nothing of Lucene, so any index (local or a cluster) can use its output.
 *
 * <p>Thread-safe: one instance serves all indexing threads.
 */
public final class Enricher {

  private final EntityExtractor entities;
  private final ZoneId zone;

  /**
   * What the pipeline extracts from each article under the paths, without indexing them.
   *
   * @param problems receives bad records and files
   */
  public static List<EnrichedArticle> analyze(
      List<Path> paths,
      EntityExtractor entities,
      revue.IngestOptions options,
      List<revue.IngestProblem> problems) {
    revue.ingest.Ingest.requireExisting(paths);
    Enricher enricher = new Enricher(entities, options.zone());
    List<EnrichedArticle> result = new java.util.ArrayList<>();
    try {
      revue.ingest.Ingest.read(
          paths,
          options,
          new revue.ingest.IngestListener() {
            @Override
            public void article(Article article) {
              result.add(enricher.enrich(article));
            }

            @Override
            public void problem(revue.IngestProblem problem) {
              problems.add(problem);
            }
          });
    } catch (java.io.IOException e) {
      throw new revue.RevueException("reading failed: " + e.getMessage(), e);
    }
    return List.copyOf(result);
  }

  /**
   * @param entities the entity extractor (gazetteers)
   * @param zone the zone in which a publication instant becomes a calendar day
   */
  public Enricher(EntityExtractor entities, ZoneId zone) {
    this.entities = entities;
    this.zone = zone;
  }

  /** Whether a minister tag is the gazetteer's name of a minister: see {@link EntityExtractor}. */
  public boolean knowsMinister(String tag) {
    return entities.knowsMinister(tag);
  }

  /**
   * This enricher, also tagging the ministers a collection showed in office where an article of a
   * date within their terms names them without a post ({@link EntityExtractor#withTenures}).
   */
  public Enricher withTenures(revue.entity.ObservedTenures tenures) {
    return new Enricher(entities.withTenures(tenures), zone);
  }

  public EnrichedArticle enrich(Article article) {
    // the article's language from its title and body together (a feed item's title holds as many
    // words as its one-sentence description); the body's runs of one language from the body
    LanguageIdentifier.BodyLanguages body =
        LanguageIdentifier.readArticle(article.title(), article.body());
    String lang = articleLanguage(article, body);
    List<Segment> segments = body.segments(lang);
    String text = article.title() + "\n" + article.body();
    int titleEnd = article.title().length();
    // the dateline: the record's own, else the words the body opens with before a dash when they
    // start with a place ("RABAT (Reuters) -"; not "Le 11 septembre 2001 :")
    String ownDateline = article.dateline();
    String dateline = ownDateline;
    Optional<Mention> place = Optional.empty();
    if (dateline != null) {
      place = entities.countryOfDateline(dateline);
    } else {
      String opening = entities.datelineAtStart(article.body());
      place = opening == null ? Optional.empty() : entities.countryOfDateline(opening);
      dateline = place.isPresent() ? opening : null;
    }
    List<Mention> countryMentions = entities.countryMentions(text);
    List<Mention> locatives = entities.locativeMentions(text, leadEnd(text, titleEnd + 1));
    Map<String, MentionCount> countries = new LinkedHashMap<>();
    // a body's dateline is text the country matcher read already, unless it names a city
    if (place.isPresent() && (ownDateline != null || !startsAt(countryMentions, titleEnd + 1))) {
      countries.put(place.get().value(), new MentionCount(0, 1));
    }
    counts(countries, withLocatives(countryMentions, locatives), titleEnd);
    LocalDate date = null;
    String dateSource = null;
    int dateLine = -1;
    if (article.published() != null) {
      date = LocalDate.ofInstant(article.published(), zone);
      dateSource = "metadata";
    } else {
      Optional<LocalDate> fromDateline =
          dateline == null ? Optional.empty() : entities.dateInDateline(dateline);
      if (fromDateline.isPresent()) {
        date = fromDateline.get();
        dateSource = "dateline";
        dateLine = ownDateline != null ? 0 : 2;
      } else {
        Optional<LocalDate> fromText = entities.dateInText(text);
        if (fromText.isPresent()) {
          date = fromText.get();
          dateSource = "text";
          dateLine = entities.lineOf(text, date);
        }
      }
    }
    // Ministers as of the article's date; those the text names only as former ones are shown
    // apart and are not in the minister facet.
    List<Mention> named = entities.ministerMentions(text, date);
    List<Mention> current = new java.util.ArrayList<>(named.size());
    Set<String> former = new LinkedHashSet<>();
    for (Mention m : named) {
      if (m.former()) {
        former.add(m.value());
      } else {
        current.add(m);
      }
    }
    Map<String, MentionCount> ministers = new LinkedHashMap<>();
    counts(ministers, current, titleEnd);
    return new EnrichedArticle(
        article,
        lang,
        segments,
        List.copyOf(countries.keySet()),
        List.copyOf(ministers.keySet()),
        countries,
        ministers,
        List.copyOf(former),
        date,
        dateSource,
        dateLine,
        dateline,
        DuplicateSignature.of(article.body()),
        entities.courtesyNames(text));
  }

  /** The end of the body's first sentence (its first line at most): the lead, for locatives. */
  private static int leadEnd(String text, int bodyStart) {
    int n = text.length();
    for (int i = bodyStart; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || c == '!'
          || c == '?'
          || c == '؟'
          || c == '.' && (i + 1 == n || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
        return i;
      }
    }
    return n;
  }

  private static boolean startsAt(List<Mention> mentions, int offset) {
    return !mentions.isEmpty() && mentions.get(0).start() == offset;
  }

  /** The country mentions with the locatives that do not overlap one, in text order. */
  private static List<Mention> withLocatives(List<Mention> mentions, List<Mention> locatives) {
    if (locatives.isEmpty()) {
      return mentions;
    }
    List<Mention> all = new ArrayList<>(mentions);
    for (Mention l : locatives) {
      boolean overlaps = false;
      for (Mention m : mentions) {
        overlaps |= m.start() < l.end() && l.start() < m.end();
      }
      if (!overlaps) {
        all.add(l);
      }
    }
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  /**
   * Adds the mentions per entity, in the title (before {@code titleEnd}) and in the body, to {@code
   * counts}, the entities in order of first mention.
   */
  private static void counts(
      Map<String, MentionCount> counts, List<Mention> mentions, int titleEnd) {
    for (Mention m : mentions) {
      boolean inTitle = m.start() < titleEnd;
      counts.merge(
          m.value(),
          new MentionCount(inTitle ? 1 : 0, inTitle ? 0 : 1),
          (a, b) -> new MentionCount(a.title() + b.title(), a.body() + b.body()));
    }
  }

  private static String articleLanguage(Article article, LanguageIdentifier.BodyLanguages body) {
    // read from the title and the body: when neither tells, the language the source declares
    String detected = body.language();
    if (detected.equals(LanguageIdentifier.UNKNOWN) && article.langHint() != null) {
      return article.langHint();
    }
    return detected;
  }
}

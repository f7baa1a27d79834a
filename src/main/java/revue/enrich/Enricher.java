package revue.enrich;

import java.nio.file.Path;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  public EnrichedArticle enrich(Article article) {
    LanguageIdentifier.BodyLanguages body = LanguageIdentifier.readBody(article.body());
    String lang = articleLanguage(article, body);
    List<Segment> segments = body.segments(lang);
    String text = article.title() + "\n" + article.body();
    int titleEnd = article.title().length();
    Map<String, MentionCount> countries = counts(entities.countryMentions(text), titleEnd);
    LocalDate date = null;
    String dateSource = null;
    if (article.published() != null) {
      date = LocalDate.ofInstant(article.published(), zone);
      dateSource = "metadata";
    } else {
      Optional<LocalDate> fromText = entities.dateInText(text);
      if (fromText.isPresent()) {
        date = fromText.get();
        dateSource = "text";
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
    Map<String, MentionCount> ministers = counts(current, titleEnd);
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
        dateSource);
  }

  /**
   * Mentions per entity, in the title (before {@code titleEnd}) and in the body, the entities in
   * order of first mention.
   */
  private static Map<String, MentionCount> counts(List<Mention> mentions, int titleEnd) {
    Map<String, MentionCount> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      boolean inTitle = m.start() < titleEnd;
      counts.merge(
          m.value(),
          new MentionCount(inTitle ? 1 : 0, inTitle ? 0 : 1),
          (a, b) -> new MentionCount(a.title() + b.title(), a.body() + b.body()));
    }
    return counts;
  }

  private static String articleLanguage(Article article, LanguageIdentifier.BodyLanguages body) {
    // a blank body has no language: the title's is asked next
    String detected = body.language();
    if (detected.equals(LanguageIdentifier.UNKNOWN)) {
      detected = LanguageIdentifier.identify(article.title());
    }
    if (detected.equals(LanguageIdentifier.UNKNOWN) && article.langHint() != null) {
      return article.langHint();
    }
    return detected;
  }
}

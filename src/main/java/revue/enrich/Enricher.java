package revue.enrich;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import revue.analysis.LanguageIdentifier;
import revue.analysis.Segment;
import revue.entity.EntityExtractor;
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
    return new EnrichedArticle(
        article,
        lang,
        segments,
        entities.countries(text),
        entities.ministers(text),
        date,
        dateSource);
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

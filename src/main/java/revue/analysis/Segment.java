package revue.analysis;

/**
 * A run of consecutive paragraphs of one language inside an article.
 *
 * @param lang ISO 639-1 code ("fr", "ar", "en", ...) or "und" when unknown
 * @param text the paragraphs, separated by {@code \n}
 */
public record Segment(String lang, String text) {}

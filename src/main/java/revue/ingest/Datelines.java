package revue.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a line that is only a dateline from a title, by its shape, whatever the city: a place (a
 * capitalised name of up to four words, or Arabic words, maybe followed by a region: "HOUSTON,
 * Texas") then a date written with a month name {@link CalendarNames} knows, a numeric date, an
 * agency in brackets or a closing dash, and nothing else: "RABAT, 15 janvier 2023 -", "الرباط، 15
 * يناير 2023", "TOKYO, March 3 (Reuters) -", "PARIS (AFP) -", "Rabat, le lundi 15 janvier 2023". A
 * date alone ("15 janvier 2023") is one too. A place alone is not: "Niamey" may be a one-word
 * title.
 *
 * <p>Stateless, thread-safe.
 */
final class Datelines {

  private Datelines() {}

  /** Longer lines are never only a dateline. */
  private static final int MAX_CHARS = 80;

  private static final String MONTH = CalendarNames.alternation(CalendarNames.MONTHS.keySet());
  private static final String WEEKDAY = CalendarNames.alternation(CalendarNames.WEEKDAYS.keySet());

  // in folded text (Folding.fold): lower case, Arabic-Indic digits as ASCII
  // a word of a place, not the start of the date that follows it ("Rabat, le 15", "lundi 16")
  private static final String WORD =
      "(?!(?:le|the)\\s+(?:\\d|"
          + WEEKDAY
          + ")|"
          + WEEKDAY
          + "(?!\\p{L})|"
          + MONTH
          + "\\.?\\s+\\d)"
          + "\\p{L}[\\p{L}\\p{M}'’.]*(?:-\\p{L}[\\p{L}\\p{M}'’.]*)*";
  private static final String PLACE = WORD + "(?:\\s+" + WORD + "){0,2}";
  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:er|st|nd|rd|th)?";
  private static final String YEAR = "\\d{4}";
  private static final String DATE =
      "(?:(?:le|the)\\s+)?(?:"
          + WEEKDAY
          + "\\s*[,،]?\\s+)?(?:"
          + DAY
          + "\\s+(?:de\\s+|of\\s+)?"
          + MONTH
          + "\\.?(?:\\s*[,،]?\\s*(?:de\\s+)?"
          + YEAR
          + ")?"
          + "|"
          + MONTH
          + "\\.?\\s+"
          + DAY
          + "(?:\\s*,?\\s*"
          + YEAR
          + ")?"
          + "|\\d{1,2}[/.]\\d{1,2}[/.]"
          + YEAR
          + "|"
          + YEAR
          + "-\\d{2}-\\d{2})";
  private static final String AGENCY = "\\(\\s*[^()]{1,30}\\)";
  private static final String DASH = "(?:[-–—]+|:)";

  private static final Pattern SHAPE =
      Pattern.compile(
          "(?<place>"
              + PLACE
              + "(?:\\s*[,،]\\s*"
              + PLACE
              + "){0,2})?"
              + "(?:\\s*(?<sep>[,،]|[–—-]+)?\\s*(?<date>"
              + DATE
              + ")(?![\\p{L}\\p{N}]))?"
              + "(?:\\s*"
              + DASH
              + "?\\s*(?<agency>"
              + AGENCY
              + "))?"
              + "\\s*(?<dash>"
              + DASH
              + ")?");

  /** Words a place's name may hold in lower case between capitalised ones: "Rio de Janeiro". */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "du", "des", "la", "le", "les", "el", "al", "of", "upon", "am", "en", "sur", "di",
          "da", "do", "dos", "del", "y");

  /** Whether the line holds a dateline and nothing else. */
  static boolean isOnlyDateline(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) {
      return false;
    }
    Matcher m = SHAPE.matcher(Folding.fold(s));
    if (!m.matches()) {
      return false;
    }
    String date = m.group("date");
    boolean agency = m.group("agency") != null;
    boolean dash = m.group("dash") != null && !m.group("dash").equals(":");
    String place = m.group("place");
    if (place == null) {
      return date != null && !agency;
    }
    String sep = m.group("sep");
    if (date != null
        && (sep == null || !sep.equals(",") && !sep.equals("،") && !YEAR_IN.matcher(date).find())) {
      // a place and a date apart by a comma, or by a dash before a full date; not a heading that
      // ends with a date ("HONG KONG EXCHS NOON - APR 7", "أبرز أحداث الثلاثاء 24 جانفي 2017")
      return false;
    }
    int placeWords = place.strip().split("[\\s,،]+").length;
    String[] written = s.split("[\\s,،]+", placeWords + 1);
    boolean capitals = true;
    for (int i = 0; i < placeWords; i++) {
      if (!capitalised(written[i], i == 0 || i == placeWords - 1)) {
        return false;
      }
      capitals &=
          written[i].chars().anyMatch(Character::isUpperCase)
              && written[i].equals(written[i].toUpperCase(java.util.Locale.ROOT));
    }
    // a place with a date or a closing dash; with an agency alone, in Latin capitals ("RABAT
    // (Reuters)", not "Jean Castex (Premier ministre)" nor "انفجار في القطيف (صور)")
    return date != null || dash || agency && capitals;
  }

  private static final Pattern YEAR_IN = Pattern.compile("\\d{4}");

  /**
   * A word of a place's name: Arabic, or starting with a capital; a particle in lower case inside
   * the name.
   */
  private static boolean capitalised(String word, boolean edge) {
    int first = 0;
    while (first < word.length() && !Character.isLetter(word.charAt(first))) {
      first++;
    }
    if (first == word.length()) {
      return false;
    }
    char c = word.charAt(first);
    if (Character.isUpperCase(c) || c >= '\u0600' && c <= '\u06FF') {
      return true;
    }
    return !edge && PARTICLES.contains(word);
  }
}

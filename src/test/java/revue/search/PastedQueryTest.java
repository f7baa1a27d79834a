package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How pasted text is read: the classic-syntax query it becomes and the note for the user. */
class PastedQueryTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // query typed | query read (classic syntax) | what was read as text, ';'-separated
        "François Hollande : ses 5 moments | François Hollande \\: ses 5 moments | ':' after \"Hollande\" (not a field)",
        "Hollande: ses 5 moments | Hollande\\: ses 5 moments | ':' after \"Hollande\" (not a field)",
        "ترامب: لا اتفاق مع إيران | ترامب\\: لا اتفاق مع إيران | ':' after \"ترامب\" (not a field)",
        "réunion à 12:30 | réunion à 12\\:30 | ':' after \"12\" (not a field)",
        "source: AFP | source\\: AFP | 'source:' before a space",
        "Title:Maroc | Title\\:Maroc | ':' after \"Title\" (not a field)",
        "Il a dit \"non à l'Europe | Il a dit \\\"non à l'Europe | unpaired '\"'",
        "\"a b\" et \"c | \"a b\" et \\\"c | unpaired '\"'",
        "«Maroc | «Maroc | ",
        "Le Maroc (vidéo | Le Maroc \\(vidéo | unpaired '('",
        "vidéo) Le Maroc | vidéo\\) Le Maroc | unpaired ')'",
        "a () b | a \\(\\) b | empty '()'",
        "Maroc AND | Maroc \\A\\N\\D | 'AND' joining nothing",
        "OR Maroc | \\O\\R Maroc | 'OR' joining nothing",
        "Maroc NOT | Maroc \\N\\O\\T | 'NOT' before nothing",
        "Maroc && | Maroc \\&\\& | '&&' joining nothing",
        "(Maroc AND) Niger | (Maroc \\A\\N\\D) Niger | 'AND' joining nothing",
        "Victoire 0/92 | Victoire 0\\/92 | '/'",
        "https://t.co/x | https\\:\\/\\/t.co\\/x | ':' after \"https\" (not a field); '/'",
        "Maroc - Algérie | Maroc \\- Algérie | '-' before no word",
        "Maroc - | Maroc \\- | '-' before no word",
        "Maroc -5 degrés | Maroc \\-5 degrés | '-' before no word",
        "Maroc + Algérie | Maroc \\+ Algérie | '+' before no word",
        "Maroc * | Maroc \\* | '*' not after a word",
        "*Maroc | \\*Maroc | '*' not after a word",
        "Pourquoi ? Le Maroc | Pourquoi \\? Le Maroc | '?' not inside a word",
        "Will Iran sign? | Will Iran sign\\? | '?' not inside a word",
        "Incroyable ! Le Maroc | Incroyable \\! Le Maroc | '!'",
        "Maroc [vidéo] | Maroc \\[vidéo\\] | '['; ']'",
        "Maroc {1} | Maroc \\{1\\} | '{'; '}'",
        "environ ~30 | environ \\~30 | '~'",
        "x^y | x\\^y | '^'",
        "Maroc \\ | Maroc \\\\ | '\\' at the end",
        "title:-Maroc | title:\\-Maroc | '-' after a field",
        "CHRYSLER DOES NOT PLAN TO SELL UNIT | CHRYSLER DOES \\N\\O\\T PLAN TO SELL UNIT | AND, OR, NOT as words (the query is in capitals)",
        "U.S. AND JAPAN TRADE TALKS | U.S. \\A\\N\\D JAPAN TRADE TALKS | AND, OR, NOT as words (the query is in capitals)",
        "STEEL OUTPUT SEEN LOWER -ANALYSTS | STEEL OUTPUT SEEN LOWER \\-ANALYSTS | '-' in pasted text (NOT excludes a word)",
        "وزيرا الخارجية يبحثان الوضع على الحدود الجزائرية -المالية في اجتماع مغلق | وزيرا الخارجية يبحثان الوضع على الحدود الجزائرية \\-المالية في اجتماع مغلق | '-' in pasted text (NOT excludes a word)",
        "a b c d e f g h i +j | a b c d e f g h i \\+j | '+' in pasted text (NOT excludes a word)",
        "a b c d e f g h NOT i | a b c d e f g h NOT i | ",
        // deliberate syntax, read as typed
        "a b c d e f g h -i | a b c d e f g h -i | ",
        "Bourita Niger -football -sport | Bourita Niger -football -sport | ",
        "title:Maroc | title:Maroc | ",
        "body_fr:Maroc | body_fr:Maroc | ",
        "\"Nasser Bourita\" | \"Nasser Bourita\" | ",
        "\"Nasser Bourita\"~2 Niger | \"Nasser Bourita\"~2 Niger | ",
        "title:\"Nasser Bourita\" | title:\"Nasser Bourita\" | ",
        "Niger -Bourita | Niger -Bourita | ",
        "Niger -\"Nasser Bourita\" | Niger -\"Nasser Bourita\" | ",
        "+Niger Bourita | +Niger Bourita | ",
        "Niger OR Mali | Niger OR Mali | ",
        "EU OR NATO | EU OR NATO | ",
        "Niger AND NOT Mali | Niger AND NOT Mali | ",
        "NOT Mali | NOT Mali | ",
        "(Niger OR Mali) AND Bourita | (Niger OR Mali) AND Bourita | ",
        "country:NE minister:Bourita lang:fr | country:NE minister:Bourita lang:fr | ",
        "Bour* | Bour* | ",
        "Bou?ita | Bou?ita | ",
        "Bourita~ Boirita~1 | Bourita~ Boirita~1 | ",
        "Bourita^2 Niger | Bourita^2 Niger | ",
        "Guinea-Bissau | Guinea-Bissau | ",
        "Hollande\\: ses | Hollande\\: ses | ",
      })
  void readsPastedTextAsWordsAndSyntaxAsSyntax(String typed, String read, String note) {
    PastedQuery.Reading reading = PastedQuery.read(typed, RevueQueryParser::isField);
    assertEquals(read, reading.syntax());
    assertEquals(
        note == null ? java.util.List.of() : Arrays.asList(note.split("; ")), reading.readAsText());
  }

  @org.junit.jupiter.api.Test
  void noteIsOneLineNamingAtMostFiveThings() {
    PastedQuery.Reading reading =
        PastedQuery.read("a: b/ c! d[ e{ f} g] h^", RevueQueryParser::isField);
    assertEquals(
        "read as words, not query syntax: ':' after \"a\" (not a field), '/', '!', '[', '{' and 3 more",
        reading.note());
    assertEquals(null, PastedQuery.read("title:Maroc", RevueQueryParser::isField).note());
  }
}

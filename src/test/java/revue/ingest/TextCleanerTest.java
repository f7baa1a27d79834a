package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  // Table: raw text (Java escapes written as \\uXXXX are unescaped by the test) -> cleaned body.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "entities                | Caf&eacute; &amp; th&#233;&nbsp;vert           | Café & thé vert",
        "unknown entity kept     | AT&T &bogus; x                                 | AT&T &bogus; x",
        "NFC                     | Cafe\\u0301 cre\\u0300me                        | Café crème",
        "zero width removed      | Bou\\u200Brita\\u200C \\uFEFFNiger              | Bourita Niger",
        "bidi controls removed   | \\u202Bالمغرب\\u202C \\u200Fنيجر\\u200E          | المغرب نيجر",
        "arabic letter mark      | \\u061Cبوريطة                                  | بوريطة",
        "soft hyphen             | terro\\u00ADrisme                              | terrorisme",
        "spaces collapsed        | a \\u00A0\\t b\\u202Fc\\u2009d                  | a b c d",
        "paragraphs kept         | \\n  Un.  \\n\\n\\n  Deux. \\r\\nTrois.\\n        | Un.\\nDeux.\\nTrois.",
        "controls dropped        | a\\u0007b\\u0000c                              | abc",
        "glued paragraph split   | dans la nuit de jeudi.Le gouvernement          | dans la nuit de jeudi.\\nLe gouvernement",
        "abbreviations kept      | M.Macron et les U.S.A. et 3.5 et e.g. ok      | M.Macron et les U.S.A. et 3.5 et e.g. ok",
        "glued non-ASCII capital | à l'été.Émile et la ville.Ça                  | à l'été.\\nÉmile et la ville.\\nÇa",
        "arabic dots kept        | المغرب...النيجر و3.5 ملايين.Le                 | المغرب...النيجر و3.5 ملايين.Le",
        "hard wrap unwrapped     | Showers continued throughout the week in the Bahia cocoa\\nzone, alleviating the drought.\\n    The dry period means the temporao will be late this\\nyear. | Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.\\nThe dry period means the temporao will be late this year.",
        "short lines kept        | Qtly div four cts\\nPay July 21\\nRecord July 7 | Qtly div four cts\\nPay July 21\\nRecord July 7",
      })
  void bodyHygiene(String name, String raw, String expected) {
    assertEquals(unescape(expected), new TextCleaner().body(unescape(raw), true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trailing newline        | Olivier Véran : 400 millions\\n          | Olivier Véran : 400 millions",
        "inner newline           | Le Maroc\\n  et le Niger                 | Le Maroc et le Niger",
        "entities                | Bourita &amp; Albares                    | Bourita & Albares",
      })
  void titleHygiene(String name, String raw, String expected) {
    assertEquals(unescape(expected), new TextCleaner().title(unescape(raw), true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "url untouched | https://example.org/a.Html?x=1  | https://example.org/a.Html?x=1",
        "blank is null | '  '                            | ",
      })
  void valuesAreTrimmedOnly(String name, String raw, String expected) {
    assertEquals(expected, new TextCleaner().value(raw));
  }

  @org.junit.jupiter.api.Test
  void upperCaseTestAgreesWithCharacterForEveryChar() {
    for (int c = 0; c <= 0xFFFF; c++) {
      assertEquals(
          Character.isUpperCase((char) c),
          TextCleaner.isUpperCase((char) c),
          "U+" + Integer.toHexString(c));
    }
  }

  /** Turns \\n, \\r, \\t and \\uXXXX written in the table into the characters. */
  private static String unescape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append('\\').append(e);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

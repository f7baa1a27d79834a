package revue.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.provider.Arguments;

/** The analyzer tables (analyzer, input, expected tokens) shared by the analyzer tests. */
final class AnalyzerTables {

  private AnalyzerTables() {}

  static Stream<Arguments> french() {
    return rows(
        "fr",
        // elision, both apostrophes, any case
        "L’Élysée",
        "elys",
        "l'ÉLYSÉE",
        "elys",
        "Élysée",
        "elys",
        "elysee",
        "elys",
        "L'Union européenne",
        "union europen",
        "D'ABORD QU'IL",
        "abord",
        "jusqu’au bout",
        "bout",
        "lorsqu'elle puisqu’on",
        "",
        // a word with an apostrophe that is not an elision stays one token, apostrophes folded
        "aujourd'hui",
        "aujourd'hui",
        "aujourd’hui",
        "aujourd'hui",
        // accent-insensitive
        "sécurité",
        "securit",
        "securite",
        "securit",
        "SÉCURITÉ",
        "securit",
        "Œuvre naïve",
        "oeuvr naiv",
        // light stemming, stopwords
        "la délégation américaine",
        "deleg americain",
        "les ministres",
        "ministr",
        "le ministre",
        "ministr",
        // tweets: handles and hashtags whole and in parts, URLs as their host
        "— Maroc Diplomatie (@MarocDiplomatie) May 10, 2022",
        "maroc diplomat marocdiplomat maroc diplomat may 10 2022",
        "#CommonMissionAcrossRegionspic.twitter.com/PEV9h5qwbS",
        "comonmisionacrosregion comon mision acros region pic.twitter.com",
        "Albares.@MAECgob@jmalbarespic.twitter.com/aqs3eQy7UW",
        "albar maecgob jmalbar pic.twitter.com",
        "l’@MarocDiplomatie",
        "marocdiplomat maroc diplomat",
        "voir https://www.Lemonde.fr/article/2022?x=1. Et bit.ly/abc",
        "voir lemonde.fr bit.ly",
        "www.maroc.ma",
        "maroc.ma",
        "écrire à contact@orange.fr",
        "ecrir contact@orange.fr",
        // "#1" is a rank and "&#39;" an entity, not hashtags
        "&#39;ok #1",
        "39 ok 1");
  }

  static Stream<Arguments> arabic() {
    return rows(
        "ar",
        // teh marbuta, diacritics, conjunction: one stem
        "بوريطة",
        "بوريط",
        "بوريطه",
        "بوريط",
        "وبوريطة",
        "بوريط",
        "بُورِيطَة",
        "بوريط",
        // hamza seats
        "أحمد إبراهيم آمال",
        "احمد ابراهيم امال",
        "مسؤول",
        "مسوول",
        "رئيس",
        "رييس",
        // alef maksura, tatweel
        "مستشفى",
        "مستشف",
        "المـــغرب",
        "مغرب",
        // digits
        "١٢٣ ۴۵۶",
        "123 456",
        // Persian letters
        "کتاب",
        "كتاب",
        "ی",
        "ي",
        // prefixes and suffixes of the light stemmer
        "والمغرب بالمغرب للمغرب فالمغرب كالمغرب",
        "مغرب مغرب مغرب مغرب مغرب",
        "المغربية المغربيات المغربيون",
        "مغرب مغرب مغرب",
        // stopwords, also written without hamza
        "على الى إلى في من",
        "",
        // "علي" (Ali) is a name, not the preposition "على": stemmed, but not dropped
        "علي",
        "عل",
        // Latin inside Arabic text
        "COVID-19 كوفيد-19 Kouyaté",
        "covid 19 كوفيد 19 kouyate",
        // tweets
        "#يوم_الأرض @SkyNewsArabia_B",
        "يوم_الارض يوم ارض skynewsarabia_b sky news arabia b",
        "— سكاي نيوز عربية-عاجل (@SkyNewsArabia_B) May 10, 2022",
        "سكا نيوز عرب عاجل skynewsarabia_b sky news arabia b may 10 2022",
        "https://t.co/xyz",
        "t.co");
  }

  static Stream<Arguments> arabicNames() {
    return rows(
        "names",
        "بوريطة",
        "بوريطه",
        "بوريطه",
        "بوريطه",
        "بُوريطَة",
        "بوريطه",
        "وبوريطة",
        "وبوريطه",
        "أحمد",
        "احمد",
        "المغرب",
        "المغرب",
        "Nasser Bourita",
        "nasser bourita",
        "Kouyaté",
        "kouyate");
  }

  static Stream<Arguments> english() {
    return rows(
        "en",
        "Morocco's minister’s statements",
        "morocco minist statement",
        "The ministers were running",
        "minist were run",
        "Café Kouyaté",
        "cafe kouyat",
        "@StateDept #CounterISIS https://t.co/abc",
        "statedept state dept counterisi counter isi t.co",
        "INTERNATIONAL",
        "intern");
  }

  static Stream<Arguments> neutral() {
    return rows(
        "de",
        "Straße Ärzte İstanbul",
        "strasse arzte istanbul",
        "Grüße aus München",
        "grusse aus munchen",
        "المغرب",
        "المغرب",
        "أمن",
        "امن",
        "@SaudiNews50 #Vision2030",
        "saudinews50 saudi news 50 vision2030 vision 2030",
        // e-mails, handles and hashtags glued to punctuation, after links, across tabs and lines
        "mail:a.b@orange.fr,@handle;#Tag x#no &#39;#oui\t#tab\n@nl",
        "mail a.b@orange.fr handle tag x no 39 oui tab nl",
        "http://t.co/x#frag@h www.site.com/@user #ok,@MAP_Maroc.",
        "t.co site.com ok map_maroc map maroc",
        "Voir bit.ly/x #VIVE_le_Maroc2030 #7 contact.presse@gov.ma@x",
        "voir bit.ly vive_le_maroc2030 vive le maroc 2030 7 contact.presse@gov.ma x",
        // lower case and digits of every script, supplementary chars included
        "ΣΟΦΊΑ ĞÜNEŞ ǅ İZMİR ٣٤ ۵ ߁߂ ١٢abc 𝟘𝟙 𐐀",
        "σοφία gunes dz izmir 34 5 12 12abc 01 𐐨");
  }

  static Stream<Arguments> all() {
    return Stream.of(french(), arabic(), arabicNames(), english(), neutral()).flatMap(s -> s);
  }

  static Analyzer analyzer(String name) {
    return name.equals("names") ? RevueAnalyzers.arabicNames() : RevueAnalyzers.forLanguage(name);
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  static List<String> expected(String spaceSeparated) {
    return spaceSeparated.isEmpty() ? List.of() : List.of(spaceSeparated.split(" "));
  }

  private static Stream<Arguments> rows(String analyzer, String... pairs) {
    List<Arguments> rows = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      rows.add(Arguments.of(analyzer, pairs[i], pairs[i + 1]));
    }
    return rows.stream();
  }
}

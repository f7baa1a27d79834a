package revue.entity;

import static revue.entity.LatinNames.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import revue.analysis.ArabicSpelling;

/**
 * Groups the names found in one text under one identity: a discovered name joins an earlier one
 * close in spelling, and a minister named in full may come back by surname alone.
 *
 * <p>Stateless, thread-safe.
 */
final class NameGroups {

  private NameGroups() {}

  /** 4. A minister named in full may come back by surname alone. */
  static void surnamesAgain(
      List<Token> tokens,
      List<List<String>> forms,
      boolean[] covered,
      List<FoundName> grouped,
      List<Mention> out) {
    int n = tokens.size();
    Map<String, String> bySurname = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (FoundName f : grouped) {
      if (f.words().size() < 2) {
        continue;
      }
      String surname = f.words().get(f.words().size() - 1);
      if (surname.length() < 3
          || NAME_PARTICLES.contains(surname)
          || ArabicNames.FAMILY_TIME_WORDS.contains(surname)) {
        continue; // (الصباح alone is a whole ruling family, or the morning)
      }
      String prev = bySurname.putIfAbsent(surname, f.canonical());
      if (prev != null && !prev.equals(f.canonical())) {
        ambiguous.add(surname);
      }
    }
    ambiguous.forEach(bySurname::remove);
    if (!bySurname.isEmpty()) {
      for (int i = 0; i < n; i++) {
        if (covered[i]) {
          continue;
        }
        Token t = tokens.get(i);
        if (!t.isArabic() && !t.isCapitalized()) {
          continue;
        }
        for (String form : forms.get(i)) {
          String c = bySurname.get(form);
          if (c != null) {
            out.add(new Mention(c, t.start(), t.end(), t.raw()));
            break;
          }
        }
      }
    }
  }

  /**
   * Groups the names found in one text: gazetteer names keep their canonical name; a discovered
   * name joins an earlier name when its last word is close and its first word equal (or it is only
   * a surname); otherwise the first full spelling seen becomes the canonical name.
   */
  static List<FoundName> group(List<FoundName> found) {
    found.sort(Comparator.comparingInt(FoundName::from));
    List<FoundName> out = new ArrayList<>();
    List<FoundName> heads = new ArrayList<>();
    for (FoundName f : found) {
      if (f.canonical() != null) {
        out.add(f);
        heads.add(f);
        continue;
      }
      String canonical = null;
      for (FoundName h : heads) {
        if (sameName(f.words(), h.words()) || sameAcrossScripts(f, h)) {
          canonical = h.canonical() != null ? h.canonical() : h.surface();
          break;
        }
      }
      if (canonical == null) {
        if (f.words().size() < 2) {
          continue; // a bare surname with no full name to attach it to
        }
        canonical = f.surface();
      }
      FoundName g = new FoundName(f.from(), f.to(), f.words(), f.surface(), canonical);
      out.add(g);
      heads.add(g);
    }
    return latinShown(out);
  }

  /**
   * Whether two names in different scripts are one person's ({@link NameKey}): a text that names a
   * minister in Arabic and in Latin script (a quoted tweet, a name given in brackets).
   */
  private static boolean sameAcrossScripts(FoundName a, FoundName b) {
    if (ArabicSpelling.hasArabicScript(a.surface())
        == ArabicSpelling.hasArabicScript(b.surface())) {
      return false;
    }
    NameKey ka = NameKey.of(a.surface());
    NameKey kb = NameKey.of(b.surface());
    return ka != null && kb != null && ka.sameAs(kb);
  }

  /**
   * A discovered person first named in Arabic script and also in Latin script is shown by the Latin
   * spelling, as the gazetteer shows its ministers.
   */
  private static List<FoundName> latinShown(List<FoundName> grouped) {
    Map<String, String> latin = new HashMap<>();
    for (FoundName f : grouped) {
      if (ArabicSpelling.hasArabicScript(f.canonical())
          && !ArabicSpelling.hasArabicScript(f.surface())
          && f.words().size() >= 2) {
        latin.putIfAbsent(f.canonical(), f.surface());
      }
    }
    if (latin.isEmpty()) {
      return grouped;
    }
    List<FoundName> out = new ArrayList<>(grouped.size());
    for (FoundName f : grouped) {
      String shown = latin.get(f.canonical());
      out.add(shown == null ? f : new FoundName(f.from(), f.to(), f.words(), f.surface(), shown));
    }
    return out;
  }

  static boolean sameName(List<String> a, List<String> b) {
    String lastA = a.get(a.size() - 1);
    String lastB = b.get(b.size() - 1);
    if (!NameDistance.close(lastA, lastB)) {
      return false;
    }
    return a.size() == 1 || b.size() == 1 || NameDistance.close(a.get(0), b.get(0));
  }
}

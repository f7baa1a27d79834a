package revue.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import revue.Filter;
import revue.Hit;
import revue.Watches.Report;
import revue.Watches.SavedSearch;
import revue.Watches.Surge;

/**
 * The JSON of saved searches, their runs and surges: a run is written as it goes, one saved
 * search's report at a time, so what a run has delivered is on its output even when it is killed
 * later. Part of revue's JSON contract (members may be added, none renamed or removed).
 */
public final class WatchJson {

  private WatchJson() {}

  /** {@code {"name", "query", "filters": ["dim=value", ...]}}. */
  public static void write(SavedSearch search, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", search.name());
    g.writeStringField("query", search.query());
    g.writeArrayFieldStart("filters");
    for (Filter f : search.filters()) {
      g.writeString(f.dimension() + "=" + f.value());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code {"name", "baseline", "feed", "articles": [hits], "surges": [...]}}. */
  public static void write(Report report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", report.name());
    g.writeBooleanField("baseline", report.baseline());
    g.writeStringField("feed", report.feed() == null ? null : report.feed().toString());
    g.writeArrayFieldStart("articles");
    for (Hit hit : report.articles()) {
      JsonContract.write(hit, g);
    }
    g.writeEndArray();
    surges(g, "surges", report.surges());
    g.writeEndObject();
  }

  /** An array of surges: kind, subject, label, lang, day, count, total, share, baseline, z. */
  public static void surges(JsonGenerator g, String field, List<Surge> surges) throws IOException {
    g.writeArrayFieldStart(field);
    for (Surge s : surges) {
      g.writeStartObject();
      g.writeStringField("kind", s.kind());
      g.writeStringField("subject", s.subject());
      g.writeStringField("label", s.label());
      g.writeStringField("lang", s.lang());
      g.writeStringField("day", s.day().toString());
      g.writeNumberField("count", s.count());
      g.writeNumberField("total", s.total());
      g.writeNumberField("share", round(s.share()));
      g.writeNumberField("baseline", round(s.baseline()));
      g.writeNumberField("z", Math.round(s.z() * 100) / 100.0);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Strings as a JSON array. */
  public static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static double round(double share) {
    return Math.round(share * 1_000_000) / 1_000_000.0;
  }
}

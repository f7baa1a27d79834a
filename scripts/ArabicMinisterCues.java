import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import revue.entity.EntityExtractor;
import revue.entity.Mention;

/**
 * Reads articles (collection TAB id TAB text, newlines in the text written as \n) from stdin and
 * prints what the minister grammar finds in them, to compare two builds or to read by eye.
 *
 * <p>Usage: {@code java -cp BUILD/revue.jar scripts/ArabicMinisterCues.java [--windows]}. Without
 * --windows, one line a minister mention: collection, id, canonical value, surface, "gazetteer" or
 * "discovered", "former" or "now". With --windows, every ministerial cue of each article with eight
 * words before it and fourteen after, and the mentions that overlap it, for reading.
 */
public class ArabicMinisterCues {
  private static final Pattern CUE =
      Pattern.compile("وزير|وزيرة|وزراء|رئيس الحكومة|نظيره|نظيرته|نظيريه|نظراءه");

  public static void main(String[] args) throws Exception {
    boolean windows = args.length > 0 && args[0].equals("--windows");
    EntityExtractor x = EntityExtractor.defaults();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.split("\t", 3);
      if (f.length < 3) {
        continue;
      }
      String text = f[2].replace("\\n", "\n");
      List<Mention> ms = x.ministerMentions(text, null);
      if (!windows) {
        for (Mention m : ms) {
          out.append(f[0]).append('\t').append(f[1]).append('\t').append(m.value()).append('\t')
              .append(m.surface()).append('\t')
              .append(x.knowsMinister(m.value()) ? "gazetteer" : "discovered").append('\t')
              .append(m.former() ? "former" : "now").append('\n');
        }
        continue;
      }
      out.append("===== ").append(f[0]).append(' ').append(f[1]).append('\n');
      Matcher c = CUE.matcher(text);
      int lastEnd = -1;
      while (c.find()) {
        int from = c.start();
        for (int w = 0; w < 8 && from > 0; ) {
          from--;
          if (Character.isWhitespace(text.charAt(from))) w++;
        }
        int to = c.end();
        for (int w = 0; w < 14 && to < text.length(); to++) {
          if (Character.isWhitespace(text.charAt(to))) w++;
        }
        if (from < lastEnd) {
          from = lastEnd;
        }
        if (from >= to) {
          continue;
        }
        lastEnd = to;
        StringBuilder found = new StringBuilder();
        for (Mention m : ms) {
          if (m.end() > from && m.start() < to) {
            found.append(" [").append(m.surface())
                .append(x.knowsMinister(m.value()) ? " G" : " D").append(m.former() ? " F" : "")
                .append(']');
          }
        }
        out.append("  ").append(text.substring(from, to).replace('\n', ' ').strip())
            .append("\n   ->").append(found.length() == 0 ? " -" : found).append('\n');
      }
    }
    System.out.print(out);
  }
}

package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of valid files (cut, spliced with random bytes, gzipped or not) under every
 * extension: reading never throws, and every file is accounted for by an article or a problem.
 */
class RandomInputTest {

  private static final List<String> EXTENSIONS =
      List.of(
          "txt", "md", "json", "jsonl", "html", "rss", "atom", "xml", "", "jsonl.gz", "html.gz");

  @TempDir Path dir;

  @Test
  void damagedFilesNeverStopTheRunNorVanish() throws IOException {
    Random random = new Random(20260529L);
    List<byte[]> seeds = seeds();
    Set<String> written = new HashSet<>();
    for (int i = 0; i < 400; i++) {
      String ext = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
      byte[] bytes = damage(seeds.get(random.nextInt(seeds.size())), random);
      if (ext.endsWith(".gz")) {
        bytes = damageGzip(gzip(bytes), random);
      }
      Path file = dir.resolve(String.format("f%03d", i) + (ext.isEmpty() ? "" : "." + ext));
      Files.write(file, bytes);
      written.add(file.toString());
    }

    CollectingListener got = CollectingListener.read(dir);

    // The damage is varied enough to produce both (161 articles and 559 problems with this seed).
    assertTrue(
        got.articles.size() > 100 && got.problems.size() > 300,
        got.articles.size() + " " + got.problems.size());
    Set<String> accounted = new HashSet<>();
    got.articles.forEach(a -> accounted.add(a.path()));
    got.problems.forEach(p -> accounted.add(p.path()));
    assertEquals(written, accounted);
    for (Article a : got.articles) {
      assertTrue(!a.title().isEmpty() || !a.body().isEmpty(), a.toString());
      assertTrue(a.id().equals(Article.idOf(a.collection(), a.sourceId())), a.toString());
    }
  }

  private static List<byte[]> seeds() throws IOException {
    Path formats = JsonLinesReaderTest.FORMATS;
    return List.of(
        Files.readAllBytes(formats.resolve("wire.jsonl")),
        Files.readAllBytes(formats.resolve("array.json")),
        Files.readAllBytes(formats.resolve("page.html")),
        Files.readAllBytes(formats.resolve("feed.rss")),
        Files.readAllBytes(formats.resolve("feed.atom")),
        Files.readAllBytes(formats.resolve("article.md")),
        Files.readAllBytes(formats.resolve("arabic-cp1256.txt")),
        "Titre\nCorps\n".getBytes(StandardCharsets.UTF_8));
  }

  /** Cuts the bytes somewhere, and splices random bytes in at a random place, or not. */
  private static byte[] damage(byte[] seed, Random random) {
    int cut = random.nextInt(seed.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int splice = random.nextInt(cut + 1);
    out.write(seed, 0, splice);
    if (random.nextBoolean()) {
      byte[] noise = new byte[random.nextInt(64)];
      random.nextBytes(noise);
      out.writeBytes(noise);
    }
    out.write(seed, splice, cut - splice);
    return out.toByteArray();
  }

  private static byte[] damageGzip(byte[] gz, Random random) {
    switch (random.nextInt(3)) {
      case 0 -> {
        return gz;
      }
      case 1 -> {
        return java.util.Arrays.copyOf(gz, random.nextInt(gz.length + 1));
      }
      default -> {
        byte[] copy = gz.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        return copy;
      }
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}

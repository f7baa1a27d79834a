/**
 * Ingest: reads press articles from files into {@link revue.ingest.Article} values, one reader per
 * format, with {@link revue.ingest.Ingest} as the front door.
 *
 * <p>Formats, chosen by extension and, when it says little, by content (gzip by magic bytes):
 *
 * <ul>
 *   <li>plain text ({@code .txt}, unknown text): dateline + title + body, or title + body; one
 *       article per file, sourceId the file name, collection the folder;
 *   <li>Markdown ({@code .md}): flat front matter mapped like JSON fields, title from it or the
 *       first heading;
 *   <li>JSON Lines ({@code .jsonl}, {@code .ndjson}) and JSON ({@code .json}: an array or top-level
 *       objects), streamed; common field names mapped, {@link revue.IngestOptions#fieldMap()}
 *       overrides;
 *   <li>HTML pages: metadata (Open Graph, article:published_time, Dublin Core, schema.org, JSON-LD)
 *       and main text without boilerplate;
 *   <li>RSS 2.0, RSS 1.0 and Atom feeds: one article per item.
 * </ul>
 *
 * <p>Every bad file or record becomes one {@link revue.IngestProblem}; reading goes on. Memory
 * stays bounded: record formats are streamed with lines capped at 16 MB, one-article files are read
 * whole up to 16 MB.
 */
package revue.ingest;

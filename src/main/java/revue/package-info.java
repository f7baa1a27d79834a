/**
 * revue's library API: index French, Arabic and English press articles from files, and search them
 * by words and by the countries and ministers they name, in any script.
 *
 * <p>{@link revue.Revue} is the front door: it opens an index folder, brings it up to date with
 * files and folders ({@link revue.Revue#index}), rebuilds it beside the live copy ({@link
 * revue.Revue#rebuild}) or goes back to the previous build ({@link revue.Revue#rollback}), and
 * searches it ({@link revue.Revue#search}). Everything else in this package is a value passed in or
 * out: a {@link revue.SearchRequest} with its {@link revue.Filter}s gets {@link
 * revue.SearchResults} of {@link revue.Hit}s and {@link revue.FacetCounts}; an indexing run reads
 * {@link revue.IngestOptions} and answers with an {@link revue.IndexReport} or {@link
 * revue.RunReport}, bad input listed as {@link revue.IngestProblem}s rather than thrown.
 *
 * <pre>{@code
 * try (Revue revue = Revue.open(Path.of("index"))) {
 *   IndexReport report = revue.index(List.of(Path.of("corpus")));
 *   report.problems().forEach(System.err::println); // path:line: reason
 *   SearchResults results =
 *       revue.search(SearchRequest.of("Bourita Niger").withFilter("lang", "fr").withLimit(5));
 *   for (Hit hit : results.hits()) {
 *     System.out.println(hit.date() + "  " + hit.title() + "\n  " + hit.snippetText());
 *   }
 * }
 * }</pre>
 *
 * <p>Values are immutable records whose lists and maps are unmodifiable; {@code Revue} is
 * thread-safe and meant to be shared. Errors are unchecked: {@link revue.RevueException} for a
 * failure revue can explain in one line, {@link revue.InvalidInputException} when the request must
 * change, {@link revue.IndexLockedException} when another writer holds the index. The other
 * packages of the module are internal and not exported.
 */
package revue;

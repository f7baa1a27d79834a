package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * A reader's facet state built on a thread of its own from the moment this is created. Merging the
 * facet ordinals of several segments is a large part of opening an index (docs/benchmarks.md,
 * "Profiles behind smaller choices"), and a search needs the state only once its matches are
 * collected, to count them; a cold one-shot search parses and runs its query meanwhile.
 *
 * <p>Thread-safe. Every method waits for the build; a failure to build is thrown by each of them
 * (an {@link IOException} as an {@link UncheckedIOException}).
 */
public final class BackgroundFacetState extends SortedSetDocValuesReaderState {

  private final Preloaded<SortedSetDocValuesReaderState> state;

  private BackgroundFacetState(Preloaded<SortedSetDocValuesReaderState> state) {
    this.state = state;
  }

  /** Starts building the state of the facets indexed under {@code config} in {@code reader}. */
  public static BackgroundFacetState start(IndexReader reader, FacetsConfig config) {
    return new BackgroundFacetState(
        Preloaded.start(
            "revue-facet-state",
            () -> {
              try {
                return new DefaultSortedSetDocValuesReaderState(reader, config);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  private SortedSetDocValuesReaderState state() {
    return state.get();
  }

  @Override
  public SortedSetDocValues getDocValues() throws IOException {
    return state().getDocValues();
  }

  @Override
  public String getField() {
    return state().getField();
  }

  @Override
  public IndexReader getReader() {
    return state().getReader();
  }

  @Override
  public int getSize() {
    return state().getSize();
  }

  @Override
  public FacetsConfig getFacetsConfig() {
    return state().getFacetsConfig();
  }

  @Override
  public OrdRange getOrdRange(String dim) {
    return state().getOrdRange(dim);
  }

  @Override
  public Map<String, OrdRange> getPrefixToOrdRange() {
    return state().getPrefixToOrdRange();
  }

  @Override
  public DimTree getDimTree(String dim) {
    return state().getDimTree(dim);
  }

  @Override
  public Iterable<String> getDims() {
    return state().getDims();
  }

  @Override
  public long ramBytesUsed() {
    return state().ramBytesUsed();
  }

  @Override
  public String toString() {
    return "BackgroundFacetState(" + state() + ")";
  }
}

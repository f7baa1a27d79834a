package revue.search;

import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The articles tagged with an entity, ranked by how much they name it ({@link
 * revue.index.Fields#COUNTRY_MENTIONS}): what a query word that stands for a country or a minister
 * adds to its text matches.
 *
 * <p>The search runs {@link #rank()} alone, one term of one field. The entity's other spellings
 * ride along for the snippets: {@link #highlightForm()} is the tag required with the spellings
 * optional, so an Arabic hit of a query typed "Bourita" shows بوريطة. Before, the search ran that
 * form itself: every tagged candidate advanced dozens of spelling postings (an entity's forms in
 * every field of their script, phrases among them), a large share of the slowest queries' time at
 * one million articles (docs/benchmarks.md, "Profiles behind smaller choices").
 */
final class EntityMatch extends Query {

  private final Query rank;
  private final Query tag;
  private final Query spellings;

  /**
   * @param rank matches the tagged articles and scores them
   * @param tag the entity's tag ({@code country:NE}), or its tags when a person has several
   * @param spellings the entity's spellings in the text fields, or null when it has none
   */
  EntityMatch(Query rank, Query tag, Query spellings) {
    this.rank = Objects.requireNonNull(rank, "rank");
    this.tag = Objects.requireNonNull(tag, "tag");
    this.spellings = spellings;
  }

  Query rank() {
    return rank;
  }

  Query tag() {
    return tag;
  }

  /** The spellings, or null. */
  Query spellings() {
    return spellings;
  }

  /** What the snippets look for: the tag required, the spellings optional. */
  Query highlightForm() {
    BooleanQuery.Builder form = new BooleanQuery.Builder().add(tag, BooleanClause.Occur.FILTER);
    if (spellings != null) {
      form.add(spellings, BooleanClause.Occur.SHOULD);
    }
    return form.build();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return rank;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    rank.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    highlightForm().visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
  }

  @Override
  public String toString(String field) {
    return "entity("
        + rank.toString(field)
        + (spellings == null ? "" : ", spellings " + spellings.toString(field))
        + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && rank.equals(((EntityMatch) other).rank)
        && tag.equals(((EntityMatch) other).tag)
        && Objects.equals(spellings, ((EntityMatch) other).spellings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), rank, tag, spellings);
  }
}

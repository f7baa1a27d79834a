/**
 * revue: search French, Arabic and English press coverage, built on Apache Lucene.
 *
 * <p>Package {@code revue} is the whole API: {@link revue.Revue} opens an index folder, indexes and
 * rebuilds it, searches it. Every other package is internal and may change between releases; the
 * module does not export it.
 */
module revue {
  requires java.logging;
  requires java.xml;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.queries;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.jsoup;
  requires java.net.http; // the OpenSearch backend's REST calls
  requires static jdk.httpserver; // only the tests' stand-in servers (revue serve has its own)

  exports revue;
}

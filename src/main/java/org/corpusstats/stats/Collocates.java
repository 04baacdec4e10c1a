package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * collocates.csv: the terms found within {@code span} running words left and right of each mention of a top entity
 * (the node), inside its sentence, as AntConc's Collocates tool counts them: once per node mention, so overlapping
 * windows count a word twice. Punctuation takes no position; numbers and stopwords take one but are never
 * collocates; words inside a mention of the node itself take one and are neither collocates nor window positions.
 */
final class Collocates {

  static final String FILE = "collocates.csv";

  private final TermRules rules;
  private final int span;
  private final int minCount;

  Collocates(TermRules rules, int span, int minCount) {
    this.rules = rules;
    this.span = span;
    this.minCount = minCount;
  }

  /**
   * Counts one document's collocates of the top entities into {@code hits}; returns the window positions searched
   * around each top entity, by rank.
   */
  long[] count(DocumentAnalysis document, TopItems top, Map<TopItemCounts.Hit, Integer> hits) {
    List<EntityKey> nodes = top.entities();
    Map<EntityKey, Integer> rank = new HashMap<>();
    nodes.forEach(node -> rank.put(node, rank.size()));
    long[] windowPositions = new long[nodes.size()];
    Map<Integer, Sentence> sentences = new HashMap<>();
    document.sentences().forEach(s -> sentences.put(s.index(), s));
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    document.mentions().forEach(m -> bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
    for (Mention mention : document.mentions()) {
      Integer node = rank.get(EntityKey.of(mention));
      Sentence sentence = sentences.get(mention.sentence());
      if (node != null && sentence != null) {
        boolean[] nodeTokens = nodeTokens(bySentence.get(sentence.index()), sentence, nodes.get(node));
        windowPositions[node] += search(sentence.tokens(), mention.tokenBegin() - 1, -1, nodeTokens, node, hits)
            + search(sentence.tokens(), mention.tokenEnd(), 1, nodeTokens, node, hits);
      }
    }
    return windowPositions;
  }

  CsvTable csv(TopItemCounts counts, TopItems top, Map<String, Integer> termCounts, long runningWords) {
    IntColumn node = IntColumn.create("node_rank");
    StringColumn collocate = StringColumn.create("collocate");
    IntColumn count = IntColumn.create("count");
    counts.hits().forEach((hit, n) -> {
      node.append(hit.node());
      collocate.append(hit.collocate());
      count.append(n);
    });
    Table table = Table.create("hits", node, collocate, count);
    return Tables.toCsv(FILE, measure(table, top.entities(), top, counts, termCounts, runningWords));
  }

  /**
   * Walks {@code span} running words from {@code from} in direction {@code step}, adding a hit per counted word;
   * returns the window positions searched.
   */
  private int search(List<Token> tokens, int from, int step, boolean[] nodeTokens, int node,
                     Map<TopItemCounts.Hit, Integer> hits) {
    int taken = 0;
    int positions = 0;
    for (int i = from; i >= 0 && i < tokens.size() && taken < span; i += step) {
      Token token = tokens.get(i);
      if (!rules.isRunningWord(token)) {
        continue;
      }
      taken++;
      if (nodeTokens[i]) {
        continue;
      }
      positions++;
      if (rules.isCounted(token)) {
        hits.merge(new TopItemCounts.Hit(node, rules.term(token)), 1, Integer::sum);
      }
    }
    return positions;
  }

  /** Tokens of every mention of the node in this sentence: the node is never its own collocate. */
  private static boolean[] nodeTokens(List<Mention> inSentence, Sentence sentence, EntityKey node) {
    boolean[] inNode = new boolean[sentence.tokens().size()];
    for (Mention other : inSentence) {
      if (EntityKey.of(other).equals(node)) {
        for (int i = Math.max(0, other.tokenBegin()); i < Math.min(other.tokenEnd(), inNode.length); i++) {
          inNode[i] = true;
        }
      }
    }
    return inNode;
  }

  /**
   * G² over token positions: o11 = count, o12 = the node's other window positions, o21 = the collocate's
   * occurrences outside the windows, o22 = the rest of the corpus. Overlapping windows may count a position
   * twice, so cells are clamped at 0.
   */
  private Table measure(Table counts, List<EntityKey> nodes, TopItems top, TopItemCounts positions,
                        Map<String, Integer> termCounts, long n) {
    Table result = Table.create("collocates", IntColumn.create("node_rank"), StringColumn.create("node"),
        StringColumn.create("collocate"), IntColumn.create("count"), DoubleColumn.create("log_likelihood"),
        DoubleColumn.create("mi"), DoubleColumn.create("log_dice"), StringColumn.create("type"));
    for (int row = 0; row < counts.rowCount(); row++) {
      int count = counts.intColumn("count").getInt(row);
      if (count < minCount) {
        continue;
      }
      int rank = counts.intColumn("node_rank").getInt(row);
      EntityKey node = nodes.get(rank);
      String term = counts.stringColumn("collocate").get(row);
      long fNode = top.mentions(node);
      long fTerm = termCounts.get(term);
      long window = positions.windowPositions(rank);
      long o12 = Math.max(0, window - count);
      long o21 = Math.max(0, fTerm - count);
      result.intColumn("node_rank").append(rank);
      result.stringColumn("node").append(node.name());
      result.stringColumn("collocate").append(term);
      result.intColumn("count").append(count);
      result.doubleColumn("log_likelihood").append(
          AssociationMeasures.logLikelihood(count, o12, o21, Math.max(0, n - count - o12 - o21)));
      result.doubleColumn("mi").append(AssociationMeasures.spanMi(count, fNode, fTerm, n, 2 * span));
      result.doubleColumn("log_dice").append(AssociationMeasures.logDice(count, fNode, fTerm));
      result.stringColumn("type").append(node.type());
    }
    return result.sortOn("node_rank", "-log_likelihood", "collocate").removeColumns("node_rank");
  }
}

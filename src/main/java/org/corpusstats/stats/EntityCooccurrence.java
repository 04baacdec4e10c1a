package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Sentence;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * cooccurrence.csv: pairs of canonical entities found in the same window unit (sentence, paragraph, section).
 * Frequencies count units, not mentions: f(a) is the number of units that mention a at least once, f(ab) the
 * number that mention both, N the number of units in the corpus, with or without entities.
 */
final class EntityCooccurrence {

  static final String FILE = "cooccurrence.csv";

  private final Set<Window> windows;
  private final int minCount;

  EntityCooccurrence(Set<Window> windows, int minCount) {
    this.windows = windows;
    this.minCount = minCount;
  }

  /** @param pairs pair counts over the corpus; those below the minimum count may already be left out */
  Table table(CorpusCounts counts, Map<EntityPair, Integer> pairs) {
    Table result = emptyResult();
    pairs.forEach((pair, count) -> {
      if (count >= minCount && windows.contains(pair.window())) {
        CorpusCounts.UnitCounts units = counts.window(pair.window());
        addRow(result, pair, count, units.unitsWith.get(pair.a()), units.unitsWith.get(pair.b()), units.units);
      }
    });
    Table sorted = result.sortOn("window_order", "-log_likelihood", "entity_a", "entity_b", "type_a", "type_b");
    return sorted.removeColumns("window_order");
  }

  static CsvTable csv(Table table) {
    return Tables.toCsv(FILE, table);
  }

  static List<Statistics.PairScore> rows(Table table) {
    List<Statistics.PairScore> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      rows.add(new Statistics.PairScore(table.stringColumn("entity_a").get(r), table.stringColumn("type_a").get(r),
          table.stringColumn("entity_b").get(r), table.stringColumn("type_b").get(r),
          table.stringColumn("window").get(r), table.intColumn("count").getInt(r),
          table.doubleColumn("pmi").getDouble(r), table.doubleColumn("npmi").getDouble(r),
          table.doubleColumn("log_likelihood").getDouble(r), table.doubleColumn("log_dice").getDouble(r)));
    }
    return rows;
  }

  /** One document's units of a window, and the units that mention each entity. */
  static CorpusCounts.UnitCounts units(DocumentAnalysis document, Window window) {
    CorpusCounts.UnitCounts counts = new CorpusCounts.UnitCounts();
    Map<Integer, TreeSet<EntityKey>> members = members(document, window);
    counts.units = members.size();
    members.values().forEach(inUnit -> inUnit.forEach(entity -> counts.unitsWith.merge(entity, 1, Integer::sum)));
    return counts;
  }

  /**
   * One document's pairs in each window: a pair is counted at most once per unit however often either is
   * mentioned.
   */
  static Map<EntityPair, Integer> pairs(DocumentAnalysis document, Set<Window> windows) {
    Map<EntityPair, Integer> pairs = new HashMap<>();
    for (Window window : windows) {
      for (TreeSet<EntityKey> inUnit : members(document, window).values()) {
        List<EntityKey> sorted = new ArrayList<>(inUnit);
        for (int i = 0; i < sorted.size(); i++) {
          for (int j = i + 1; j < sorted.size(); j++) {
            pairs.merge(new EntityPair(window, sorted.get(i), sorted.get(j)), 1, Integer::sum);
          }
        }
      }
    }
    return pairs;
  }

  /** Every unit of the window in the document, sentences without entities included, with its entities in order. */
  private static Map<Integer, TreeSet<EntityKey>> members(DocumentAnalysis document, Window window) {
    Map<Integer, TreeSet<EntityKey>> members = new HashMap<>();
    for (Sentence sentence : document.sentences()) {
      members.computeIfAbsent(unitNumber(window, sentence), k -> new TreeSet<>());
    }
    for (Mention mention : document.mentions()) {
      members.computeIfAbsent(unitNumber(window, mention), k -> new TreeSet<>()).add(EntityKey.of(mention));
    }
    return members;
  }

  private static void addRow(Table result, EntityPair pair, long fab, long fa, long fb, long n) {
    Window window = pair.window();
    result.intColumn("window_order").append(window.ordinal());
    result.stringColumn("entity_a").append(pair.a().name());
    result.stringColumn("type_a").append(pair.a().type());
    result.stringColumn("entity_b").append(pair.b().name());
    result.stringColumn("type_b").append(pair.b().type());
    result.stringColumn("window").append(window.label());
    result.intColumn("count").append((int) fab);
    result.doubleColumn("pmi").append(AssociationMeasures.pmi(fab, fa, fb, n));
    result.doubleColumn("npmi").append(AssociationMeasures.npmi(fab, fa, fb, n));
    result.doubleColumn("log_likelihood").append(
        AssociationMeasures.logLikelihood(fab, fa - fab, fb - fab, n - fa - fb + fab));
    result.doubleColumn("log_dice").append(AssociationMeasures.logDice(fab, fa, fb));
  }

  private static Table emptyResult() {
    return Table.create("cooccurrence", IntColumn.create("window_order"), StringColumn.create("entity_a"),
        StringColumn.create("type_a"), StringColumn.create("entity_b"), StringColumn.create("type_b"),
        StringColumn.create("window"), IntColumn.create("count"), DoubleColumn.create("pmi"),
        DoubleColumn.create("npmi"), DoubleColumn.create("log_likelihood"), DoubleColumn.create("log_dice"));
  }

  private static int unitNumber(Window window, Sentence sentence) {
    return switch (window) {
      case SENTENCE -> sentence.index();
      case PARAGRAPH -> sentence.paragraph();
      case SECTION -> sentence.sectionIndex();
    };
  }

  private static int unitNumber(Window window, Mention mention) {
    return switch (window) {
      case SENTENCE -> mention.sentence();
      case PARAGRAPH -> mention.paragraph();
      case SECTION -> mention.sectionIndex();
    };
  }
}

package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Sentence;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * cooccurrence.csv: pairs of canonical entities found in the same window unit (sentence, paragraph, section).
 * Frequencies count units, not mentions: f(a) is the number of units that mention a at least once, f(ab) the
 * number that mention both, N the number of units in the corpus, with or without entities.
 */
final class EntityCooccurrence {

  static final String FILE = "cooccurrence.csv";

  private record Pair(EntityKey a, EntityKey b) {}

  private final Set<Window> windows;
  private final int minCount;

  EntityCooccurrence(Set<Window> windows, int minCount) {
    this.windows = windows;
    this.minCount = minCount;
  }

  CsvTable csv(CorpusAnalysis corpus) {
    Table result = emptyResult();
    for (Window window : windows) {
      addWindow(corpus, window, result);
    }
    Table sorted = result.sortOn("window_order", "-log_likelihood", "entity_a", "entity_b", "type_a", "type_b");
    return Tables.toCsv(FILE, sorted.removeColumns("window_order"));
  }

  private void addWindow(CorpusAnalysis corpus, Window window, Table result) {
    Set<Long> units = new HashSet<>();
    LongColumn unit = LongColumn.create("unit");
    StringColumn entity = StringColumn.create("entity");
    StringColumn type = StringColumn.create("type");
    List<DocumentAnalysis> documents = corpus.documents();
    for (int slot = 0; slot < documents.size(); slot++) {
      for (Sentence sentence : documents.get(slot).sentences()) {
        units.add(unitId(slot, unitNumber(window, sentence)));
      }
      for (Mention mention : documents.get(slot).mentions()) {
        long id = unitId(slot, unitNumber(window, mention));
        units.add(id);
        unit.append(id);
        entity.append(mention.entity());
        type.append(mention.type());
      }
    }
    // One row per entity per unit: a pair is counted at most once per unit however often either is mentioned.
    Table members = Table.create("members", unit, entity, type).dropDuplicateRows().sortOn("unit", "entity", "type");
    Map<EntityKey, Integer> unitsWith = unitsPerEntity(members);
    Map<Pair, int[]> together = countPairs(members);
    long n = units.size();
    together.forEach((pair, count) -> {
      if (count[0] >= minCount) {
        addRow(result, window, pair, count[0], unitsWith.get(pair.a()), unitsWith.get(pair.b()), n);
      }
    });
  }

  private static Map<EntityKey, Integer> unitsPerEntity(Table members) {
    Table counts = Tables.countBy(members, "units", "entity", "type");
    Map<EntityKey, Integer> result = new HashMap<>();
    for (int row = 0; row < counts.rowCount(); row++) {
      result.put(new EntityKey(counts.stringColumn("entity").get(row), counts.stringColumn("type").get(row)),
          counts.intColumn("units").getInt(row));
    }
    return result;
  }

  /** Pairs are generated per unit; a hash count, because a long section makes quadratically many pairs. */
  private static Map<Pair, int[]> countPairs(Table members) {
    Map<Pair, int[]> together = new HashMap<>();
    List<EntityKey> inUnit = new ArrayList<>();
    LongColumn unit = members.longColumn("unit");
    for (int row = 0; row <= members.rowCount(); row++) {
      if (row == members.rowCount() || (row > 0 && unit.getLong(row) != unit.getLong(row - 1))) {
        for (int i = 0; i < inUnit.size(); i++) {
          for (int j = i + 1; j < inUnit.size(); j++) {
            EntityKey a = inUnit.get(i);
            EntityKey b = inUnit.get(j);
            Pair pair = a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
            together.computeIfAbsent(pair, k -> new int[1])[0]++;
          }
        }
        inUnit.clear();
      }
      if (row < members.rowCount()) {
        inUnit.add(new EntityKey(members.stringColumn("entity").get(row), members.stringColumn("type").get(row)));
      }
    }
    return together;
  }

  private static void addRow(Table result, Window window, Pair pair, long fab, long fa, long fb, long n) {
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

  /** Unit numbers restart in every document; the document's position keeps them apart. */
  private static long unitId(int slot, int number) {
    return ((long) slot << 32) | (number & 0xFFFFFFFFL);
  }
}

package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Sentence;
import org.corpusstats.extract.Token;
import org.corpusstats.report.csv.CsvTable;

/**
 * dispersion.csv: one row per top entity (its mentions) and per top term (its occurrences), one column per corpus
 * section ({@code section_1} ... in corpus order, see {@link CorpusSection}), then total, Juilland's D and Gries' DP.
 * Sections without running words (a heading-less section 0, say) keep their column but are not parts for D and DP:
 * an empty part says nothing about how evenly an item spreads and would pull D down for every item.
 *
 * <p>The table is a pivot, so counts go straight into one array per item rather than through a group-by.
 */
final class Dispersion {

  static final String FILE = "dispersion.csv";
  static final String TERM_TYPE = "term";

  /**
   * One document's counts of the top items per section index: an array per section, the top entities first, then
   * the top terms, each in rank order.
   */
  static Map<Integer, long[]> count(DocumentAnalysis document, TopItems top, TermRules rules) {
    List<EntityKey> entities = top.entities();
    Map<EntityKey, Integer> column = new HashMap<>();
    entities.forEach(entity -> column.put(entity, column.size()));
    Map<String, Integer> termColumn = new HashMap<>();
    top.terms().forEach(term -> termColumn.put(term, entities.size() + termColumn.size()));
    int items = entities.size() + termColumn.size();
    Map<Integer, long[]> bySection = new TreeMap<>();
    for (Mention mention : document.mentions()) {
      Integer item = column.get(EntityKey.of(mention));
      if (item != null) {
        bySection.computeIfAbsent(mention.sectionIndex(), k -> new long[items])[item]++;
      }
    }
    for (Sentence sentence : document.sentences()) {
      for (Token token : sentence.tokens()) {
        Integer item = rules.isCounted(token) ? termColumn.get(rules.term(token)) : null;
        if (item != null) {
          bySection.computeIfAbsent(sentence.sectionIndex(), k -> new long[items])[item]++;
        }
      }
    }
    return bySection;
  }

  CsvTable csv(CorpusIndex index, TopItems top, TopItemCounts counts) {
    List<CorpusSection> sections = index.sections();
    List<String> header = new ArrayList<>(List.of("item", "type"));
    sections.forEach(section -> header.add(section.column()));
    header.addAll(List.of("total", "juilland_d", "gries_dp"));

    List<EntityKey> items = new ArrayList<>(top.entities());
    top.terms().forEach(term -> items.add(new EntityKey(term, TERM_TYPE)));
    long[][] perSection = new long[items.size()][sections.size()];
    counts.sectionCounts().forEach((slot, bySection) -> bySection.forEach((sectionIndex, itemCounts) -> {
      int part = index.section(slot, sectionIndex).number() - 1;
      for (int item = 0; item < itemCounts.length; item++) {
        perSection[item][part] += itemCounts[item];
      }
    }));

    List<Integer> parts = new ArrayList<>();
    for (CorpusSection section : sections) {
      if (index.runningWords(section.number()) > 0) {
        parts.add(section.number() - 1);
      }
    }
    long[] sizes = parts.stream().mapToLong(p -> index.runningWords(p + 1)).toArray();
    List<List<Object>> cells = new ArrayList<>();
    for (int item = 0; item < items.size(); item++) {
      cells.add(row(items.get(item), perSection[item], parts, sizes));
    }
    return new CsvTable(FILE, header, cells);
  }

  private static List<Object> row(EntityKey item, long[] counts, List<Integer> parts, long[] sizes) {
    List<Object> cells = new ArrayList<>();
    cells.add(item.name());
    cells.add(item.type());
    long total = 0;
    for (long count : counts) {
      cells.add(count);
      total += count;
    }
    long[] perPart = parts.stream().mapToLong(p -> counts[p]).toArray();
    cells.add(total);
    cells.add(Tables.cell(DispersionMeasures.juillandD(perPart)));
    cells.add(Tables.cell(DispersionMeasures.griesDp(perPart, sizes)));
    return cells;
  }
}

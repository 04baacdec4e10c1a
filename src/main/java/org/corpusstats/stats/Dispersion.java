package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.report.csv.CsvTable;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * dispersion.csv: one row per top entity (its mentions) and per top term (its occurrences), one column per corpus
 * section ({@code section_1} ... in corpus order, see {@link CorpusSection}), then total, Juilland's D and Gries' DP.
 * Sections without running words (a heading-less section 0, say) keep their column but are not parts for D and DP:
 * an empty part says nothing about how evenly an item spreads and would pull D down for every item.
 */
final class Dispersion {

  static final String FILE = "dispersion.csv";
  static final String TERM_TYPE = "term";

  CsvTable csv(CorpusAnalysis corpus, CorpusIndex index, TopItems top) {
    List<CorpusSection> sections = index.sections();
    List<String> header = new ArrayList<>(List.of("item", "type"));
    sections.forEach(section -> header.add(section.column()));
    header.addAll(List.of("total", "juilland_d", "gries_dp"));

    Map<EntityKey, long[]> rows = new LinkedHashMap<>();
    top.entities().forEach(entity -> rows.put(entity, new long[sections.size()]));
    fill(rows, entityCounts(corpus, index, top));
    Map<EntityKey, long[]> termRows = new LinkedHashMap<>();
    top.terms().forEach(term -> termRows.put(new EntityKey(term, TERM_TYPE), new long[sections.size()]));
    fill(termRows, termCounts(index, top));
    rows.putAll(termRows);

    List<Integer> parts = new ArrayList<>();
    for (CorpusSection section : sections) {
      if (index.runningWords(section.number()) > 0) {
        parts.add(section.number() - 1);
      }
    }
    long[] sizes = parts.stream().mapToLong(p -> index.runningWords(p + 1)).toArray();
    List<List<Object>> cells = new ArrayList<>();
    rows.forEach((item, counts) -> cells.add(row(item, counts, parts, sizes)));
    return new CsvTable(FILE, header, cells);
  }

  /** Mentions of the top entities by (entity, type, section), counted by Tablesaw. */
  private static Table entityCounts(CorpusAnalysis corpus, CorpusIndex index, TopItems top) {
    StringColumn item = StringColumn.create("item");
    StringColumn type = StringColumn.create("type");
    IntColumn section = IntColumn.create("section");
    for (int slot = 0; slot < corpus.documents().size(); slot++) {
      for (Mention mention : corpus.documents().get(slot).mentions()) {
        if (top.isTop(EntityKey.of(mention))) {
          item.append(mention.entity());
          type.append(mention.type());
          section.append(index.section(slot, mention.sectionIndex()).number());
        }
      }
    }
    return Tables.countBy(Table.create("mentions", item, type, section), "count", "item", "type", "section");
  }

  /** Occurrences of the top terms by section, from the counted rows of the corpus index. */
  private static Table termCounts(CorpusIndex index, TopItems top) {
    Table occurrences = index.occurrences();
    Table selected = occurrences.where(occurrences.booleanColumn("counted").isTrue()
        .and(occurrences.stringColumn("term").isIn(top.terms())));
    Table counts = Tables.sumBy(selected, "count", "term", "section");
    StringColumn type = StringColumn.create("type", counts.rowCount());
    type.setMissingTo(TERM_TYPE);
    return Table.create("terms", counts.stringColumn("term").setName("item"), type, counts.intColumn("section"),
        counts.intColumn("count"));
  }

  private static void fill(Map<EntityKey, long[]> rows, Table counts) {
    for (int row = 0; row < counts.rowCount(); row++) {
      EntityKey item = new EntityKey(counts.stringColumn("item").get(row), counts.stringColumn("type").get(row));
      rows.get(item)[counts.intColumn("section").getInt(row) - 1] += counts.intColumn("count").getInt(row);
    }
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

package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
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

  private final TermRules rules;

  Dispersion(TermRules rules) {
    this.rules = rules;
  }

  CsvTable csv(CorpusAnalysis corpus, CorpusIndex index, TopItems top) {
    List<CorpusSection> sections = index.sections();
    List<String> header = new ArrayList<>(List.of("item", "type"));
    sections.forEach(section -> header.add(section.column()));
    header.addAll(List.of("total", "juilland_d", "gries_dp"));

    Map<EntityKey, long[]> rows = new LinkedHashMap<>();
    top.entities().forEach(entity -> rows.put(entity, new long[sections.size()]));
    Map<String, long[]> termRows = new HashMap<>();
    top.terms().forEach(term -> termRows.put(term, new long[sections.size()]));
    List<DocumentAnalysis> documents = corpus.documents();
    for (int slot = 0; slot < documents.size(); slot++) {
      for (Mention mention : documents.get(slot).mentions()) {
        long[] counts = rows.get(EntityKey.of(mention));
        if (counts != null) {
          counts[index.section(slot, mention.sectionIndex()).number() - 1]++;
        }
      }
      for (Sentence sentence : documents.get(slot).sentences()) {
        int part = index.section(slot, sentence.sectionIndex()).number() - 1;
        for (Token token : sentence.tokens()) {
          long[] counts = rules.isCounted(token) ? termRows.get(rules.term(token)) : null;
          if (counts != null) {
            counts[part]++;
          }
        }
      }
    }
    top.terms().forEach(term -> rows.put(new EntityKey(term, TERM_TYPE), termRows.get(term)));

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

package org.corpusstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.corpusstats.extract.Concept;
import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DateRef;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Figure;
import org.corpusstats.extract.Mention;
import org.corpusstats.extract.Quote;
import org.corpusstats.report.csv.CsvTable;

/**
 * The extraction tables: entities, mentions, dates, timeline, figures, quotes, entity_years, concepts. Column names are a
 * contract with users (see docs/OUTPUTS.md): add columns at the end, never rename.
 */
public final class ExtractionTables {

  private ExtractionTables() {}

  public static List<CsvTable> all(CorpusAnalysis corpus) {
    return List.of(entities(corpus), mentions(corpus), dates(corpus), timeline(corpus), figures(corpus),
        quotes(corpus), EntityYears.csv(corpus), concepts(corpus));
  }

  static CsvTable entities(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("entities.csv", "entity", "type", "mentions", "aliases", "documents",
        "rank", "roles", "wikipedia");
    int rank = 1;
    for (Entity entity : corpus.entities()) {
      table.row(entity.name(), entity.type(), entity.mentions(), String.join("; ", entity.aliases()),
          entity.documents(), rank++, String.join("; ", entity.roles()), entity.wikipedia());
    }
    return table.build();
  }

  static CsvTable concepts(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("concepts.csv", "concept", "type", "mentions", "forms");
    for (Concept concept : corpus.concepts()) {
      table.row(concept.concept(), concept.type(), concept.mentions(), String.join("; ", concept.forms()));
    }
    return table.build();
  }

  static CsvTable mentions(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("mentions.csv", "document", "section", "sentence", "char_begin",
        "char_end", "text", "type", "entity", "section_index", "paragraph");
    for (DocumentAnalysis doc : corpus.documents()) {
      for (Mention m : doc.mentions()) {
        table.row(m.document(), m.section(), m.sentence(), m.charBegin(), m.charEnd(), m.text(), m.type(),
            m.entity(), m.sectionIndex(), m.paragraph());
      }
    }
    return table.build();
  }

  static CsvTable dates(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("dates.csv", "document", "sentence", "text", "type", "normalized",
        "year", "inferred", "resolved", "year_end", "years", "decade", "char_begin", "char_end");
    for (DocumentAnalysis doc : corpus.documents()) {
      for (DateRef d : doc.dates()) {
        List<Integer> years = d.years();
        table.row(d.document(), d.sentence(), d.text(), d.type(), d.normalized(), d.year(), d.inferred(),
            d.resolved(), years.isEmpty() ? null : years.get(years.size() - 1), joined(years), d.decade(),
            d.charBegin(), d.charEnd());
      }
    }
    return table.build();
  }

  /** One row per calendar year named (a range such as 1927-28 counts for both years); counted by {@link Timeline}. */
  static CsvTable timeline(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("timeline.csv", "year", "mentions", "sentences", "explicit",
        "inferred", "documents");
    for (Timeline.Year y : Timeline.of(corpus)) {
      table.row(y.year(), y.mentions(), y.sentences(), y.explicit(), y.inferred(), y.documents());
    }
    return table.build();
  }

  static CsvTable figures(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("figures.csv", "document", "sentence", "text", "kind", "value",
        "unit", "change", "year", "context", "qualifier", "currency", "role", "linked", "char_begin", "char_end");
    for (DocumentAnalysis doc : corpus.documents()) {
      for (Figure f : doc.figures()) {
        table.row(f.document(), f.sentence(), f.text(), f.kind().label(), f.value(), f.unit(), f.change(), f.year(),
            f.context(), f.qualifier(), f.currency(), f.role(), f.linked(), f.charBegin(), f.charEnd());
      }
    }
    return table.build();
  }

  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("[ \\t]*\\R[ \\t]*");

  static CsvTable quotes(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder("quotes.csv", "document", "sentence", "char_begin", "char_end",
        "words", "kind", "speaker", "speaker_type", "evidence", "text", "depth");
    for (DocumentAnalysis doc : corpus.documents()) {
      for (Quote q : doc.quotes()) {
        // Hard-wrapped texts break lines mid-sentence; a spreadsheet cell reads better as one line. The offsets
        // still give the text exactly as written.
        table.row(q.document(), q.sentence(), q.charBegin(), q.charEnd(), q.words(), q.kind().label(), q.speaker(),
            q.speakerType(), q.evidence(), LINE_BREAK.matcher(q.text()).replaceAll(" "), q.depth());
      }
    }
    return table.build();
  }

  private static String joined(List<Integer> years) {
    List<String> parts = new ArrayList<>();
    years.forEach(y -> parts.add(y.toString()));
    return String.join(";", parts);
  }
}

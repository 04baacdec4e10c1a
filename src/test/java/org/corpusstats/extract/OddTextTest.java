package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.corpusstats.RandomText;
import org.corpusstats.report.ExtractionTables;
import org.corpusstats.report.csv.CsvTable;
import org.corpusstats.report.csv.CsvWriter;
import org.corpusstats.stats.StatisticsStage;
import org.corpusstats.stats.StatsOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random Unicode documents through CoreNLP, every extractor and every table: no crash, every offset true. */
@Tag("corenlp")
final class OddTextTest {

  @TempDir
  Path folder;

  @Test
  void everyOffsetInEveryTablePointsIntoTheDocument() throws Exception {
    Random random = new Random(7L);
    String[] texts = new String[6];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = RandomText.document(random, 150 + random.nextInt(500));
    }

    CorpusAnalysis corpus = Analyse.texts(texts);

    for (DocumentAnalysis doc : corpus.documents()) {
      String text = doc.text();
      for (Sentence s : doc.sentences()) {
        assertThat(s.charBegin()).isBetween(0, s.charEnd());
        assertThat(s.charEnd()).isLessThanOrEqualTo(text.length());
        for (Token t : s.tokens()) {
          assertThat(text.substring(t.charBegin(), t.charEnd())).isEqualTo(t.text());
        }
      }
      doc.mentions().forEach(m -> assertThat(text.substring(m.charBegin(), m.charEnd())).isEqualTo(m.text()));
      doc.dates().forEach(d -> assertThat(text.substring(d.charBegin(), d.charEnd())).isEqualTo(d.text()));
      doc.figures().forEach(f -> assertThat(text.substring(f.charBegin(), f.charEnd())).isEqualTo(f.text()));
      doc.quotes().forEach(q -> assertThat(text.substring(q.charBegin(), q.charEnd())).isEqualTo(q.text()));
    }
    List<CsvTable> tables = new ArrayList<>(ExtractionTables.all(corpus));
    tables.addAll(new StatisticsStage(StatsOptions.defaults()).tables(corpus));
    CsvWriter writer = new CsvWriter(true);
    for (CsvTable table : tables) {
      writer.write(folder, table);
    }
    assertThat(folder.resolve("kwic.csv")).exists();
  }
}

package org.corpusstats.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corpusstats.stats.Stopwords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * keywords.csv on a corpus of two evaluation texts of different kinds (a government report, a novel's chapter): each
 * document's strongest keywords against the other are words of its own, not function words or tokenizer debris.
 */
@Tag("corenlp")
final class KeywordsOnEvaluationTextsTest {

  private static final List<String> TEXTS = List.of("911-report-ch8-summer-of-threat", "pride-and-prejudice-ch18");

  @TempDir
  Path work;

  @Test
  void eachDocumentsTopTenKeywordsAreContentWordsOfItsOwn() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    for (String id : TEXTS) {
      Files.copy(EvaluationSet.load(EvaluationSet.FOLDER, id).textFile(), corpus.resolve(id + ".txt"));
    }
    CorpusStatsRun.run(corpus, work.resolve("output"), CorpusStatsRun.SHARED_CACHE);

    Map<String, List<CSVRecord>> top = new LinkedHashMap<>();
    String csv = Files.readString(work.resolve("output/keywords.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (Reader reader = new StringReader(csv)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (row.get("comparison").equals("document") && row.get("direction").equals("positive")
            && Integer.parseInt(row.get("rank")) <= 10) {
          top.computeIfAbsent(row.get("document"), k -> new ArrayList<>()).add(row);
        }
      }
    }

    assertThat(top.keySet()).containsExactlyInAnyOrder(TEXTS.get(0) + ".txt", TEXTS.get(1) + ".txt");
    Set<String> stopwords = Stopwords.english();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, List<CSVRecord>> document : top.entrySet()) {
      // Two chapters of about 5,000 words each: Bonferroni's correction leaves some eight to fifty keywords each.
      assertThat(document.getValue()).as(document.getKey()).hasSizeBetween(5, 10);
      for (CSVRecord keyword : document.getValue()) {
        String term = keyword.get("term");
        assertThat(term).as(document.getKey()).matches("\\p{L}[\\p{L}\\p{N}.\\-]*");
        assertThat(stopwords).as(document.getKey()).doesNotContain(term.toLowerCase(Locale.ROOT));
        assertThat(Double.parseDouble(keyword.get("p_bonferroni"))).isLessThan(0.05);
        assertThat(Long.parseLong(keyword.get("count"))).isGreaterThan(Long.parseLong(keyword.get("count_reference")));
        // Distinct subjects: no term is among both documents' strongest.
        assertThat(seen.add(term)).as(term).isTrue();
      }
    }
  }
}

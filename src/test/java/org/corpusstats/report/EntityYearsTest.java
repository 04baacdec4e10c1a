package org.corpusstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.report.chart.OutputTables;
import org.corpusstats.report.chart.OutputTables.Row;
import org.corpusstats.report.chart.SmallCorpus;
import org.junit.jupiter.api.Test;

/** entity_years.csv is what mentions.csv and dates.csv say together, sentence by sentence. */
final class EntityYearsTest {

  private static final CorpusAnalysis CORPUS = SmallCorpus.corpus();
  private static final OutputTables TABLES = new OutputTables(SmallCorpus.tables(CORPUS));

  @Test
  void everyRowCountsTheSentencesThatMentionTheEntityAndADateOfThatYear() {
    // Joined here from the two published tables, not from the records the table was made from.
    Map<String, Set<Integer>> yearsOfSentence = new HashMap<>();
    for (Row date : TABLES.rows("dates.csv")) {
      for (String year : date.text("years").split(";")) {
        if (!year.isEmpty()) {
          yearsOfSentence.computeIfAbsent(date.text("document") + "#" + date.text("sentence"), k -> new HashSet<>())
              .add(Integer.parseInt(year));
        }
      }
    }
    Map<String, Set<String>> expected = new HashMap<>();
    for (Row mention : TABLES.rows("mentions.csv")) {
      String sentence = mention.text("document") + "#" + mention.text("sentence");
      for (int year : yearsOfSentence.getOrDefault(sentence, Set.of())) {
        expected.computeIfAbsent(mention.text("entity") + "|" + mention.text("type") + "|" + year,
            k -> new HashSet<>()).add(sentence);
      }
    }

    List<Row> rows = TABLES.rows("entity_years.csv");

    assertThat(rows).hasSize(expected.size()).isNotEmpty();
    for (Row row : rows) {
      String key = row.text("entity") + "|" + row.text("type") + "|" + row.text("year");
      assertThat(row.integer("sentences")).as(key).isEqualTo(expected.get(key).size());
      assertThat(row.integer("explicit") + row.integer("inferred")).as(key).isEqualTo(row.integer("sentences"));
    }
  }

  @Test
  void aYearTheNarrativeResolvedCountsAsInferred() {
    Row trotsky1927 = TABLES.rows("entity_years.csv").stream()
        .filter(r -> r.text("entity").equals("Leon Trotsky") && r.text("year").equals("1927"))
        .findFirst().orElseThrow();

    // "Stalin exiled Trotsky from Russia in 1927." and "That year Trotsky left."
    assertThat(trotsky1927.integer("explicit")).isEqualTo(1);
    assertThat(trotsky1927.integer("inferred")).isEqualTo(1);
    assertThat(trotsky1927.integer("mentions")).isEqualTo(2);
  }

  @Test
  void rowsFollowTheEntitiesRankThenTheYear() {
    List<String> entities = TABLES.rows("entities.csv").stream().map(r -> r.text("entity")).toList();
    List<Row> rows = TABLES.rows("entity_years.csv");

    for (int i = 1; i < rows.size(); i++) {
      int before = entities.indexOf(rows.get(i - 1).text("entity"));
      int after = entities.indexOf(rows.get(i).text("entity"));
      assertThat(before).isLessThanOrEqualTo(after);
      if (before == after) {
        assertThat(rows.get(i - 1).integer("year")).isLessThan(rows.get(i).integer("year"));
      }
    }
  }
}

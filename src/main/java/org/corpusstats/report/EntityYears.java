package org.corpusstats.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DateRef;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.extract.Mention;
import org.corpusstats.report.csv.CsvTable;

/**
 * entity_years.csv: who is active when. A sentence is dated to a year when one of its date expressions names that
 * year (dates.csv, a range such as 1927-28 naming both); an entity is active in that year in every such sentence
 * that mentions it. A sentence dated by an explicit year counts as {@code explicit}, one dated only by dates that
 * the narrative resolved ({@code inferred} in dates.csv) as {@code inferred}. Sentences without a date expression
 * are not dated: the table says what the text says, not what a reader might assume.
 */
public final class EntityYears {

  static final String FILE = "entity_years.csv";

  private EntityYears() {}

  /** A row of entity_years.csv. */
  public record EntityYear(String entity, String type, int year, long sentences, long explicit, long inferred,
                           long mentions) {}

  /** A sentence of the corpus. */
  private record SentenceKey(String document, int sentence) {}

  /** Whether a year of a sentence rests on an explicit date. */
  private record Dated(int year, boolean explicit) {}

  static CsvTable csv(CorpusAnalysis corpus) {
    CsvTable.Builder table = CsvTable.builder(FILE, "entity", "type", "year", "sentences", "explicit", "inferred",
        "mentions");
    for (EntityYear y : of(corpus)) {
      table.row(y.entity(), y.type(), y.year(), y.sentences(), y.explicit(), y.inferred(), y.mentions());
    }
    return table.build();
  }

  /** Every entity's years, entities in entities.csv's order, then by year. */
  public static List<EntityYear> of(CorpusAnalysis corpus) {
    Map<String, Integer> rank = new HashMap<>();
    for (Entity entity : corpus.entities()) {
      rank.putIfAbsent(entity.name() + "\u0000" + entity.type(), rank.size());
    }
    // entity key -> year -> [sentences, explicit, inferred, mentions]
    Map<String, TreeMap<Integer, long[]>> byEntity = new HashMap<>();
    for (DocumentAnalysis document : corpus.documents()) {
      Map<Integer, Map<Integer, Boolean>> yearsOfSentence = new HashMap<>();
      for (DateRef date : document.dates()) {
        for (int year : date.years()) {
          yearsOfSentence.computeIfAbsent(date.sentence(), s -> new TreeMap<>())
              .merge(year, !date.inferred(), Boolean::logicalOr);
        }
      }
      Map<String, Map<SentenceKey, Integer>> mentionsInSentence = new HashMap<>();
      for (Mention mention : document.mentions()) {
        if (yearsOfSentence.containsKey(mention.sentence())) {
          mentionsInSentence.computeIfAbsent(mention.entity() + "\u0000" + mention.type(), k -> new HashMap<>())
              .merge(new SentenceKey(document.document(), mention.sentence()), 1, Integer::sum);
        }
      }
      mentionsInSentence.forEach((entity, sentences) -> sentences.forEach((sentence, mentions) -> {
        yearsOfSentence.get(sentence.sentence()).forEach((year, explicit) -> {
          long[] c = byEntity.computeIfAbsent(entity, k -> new TreeMap<>()).computeIfAbsent(year, y -> new long[4]);
          c[0]++;
          c[explicit ? 1 : 2]++;
          c[3] += mentions;
        });
      }));
    }
    List<EntityYear> rows = new java.util.ArrayList<>();
    List<String> entities = byEntity.keySet().stream()
        .sorted(java.util.Comparator.comparing((String e) -> rank.getOrDefault(e, Integer.MAX_VALUE))
            .thenComparing(e -> e))
        .toList();
    for (String entity : entities) {
      String[] nameAndType = entity.split("\u0000", 2);
      byEntity.get(entity).forEach((year, c) -> rows.add(new EntityYear(nameAndType[0], nameAndType[1], year, c[0],
          c[1], c[2], c[3])));
    }
    return rows;
  }
}

package org.corpusstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * The two passes as the Spark engine runs them: counted per document, shipped (serialised), added up in another
 * order, n-grams below the minimum dropped before the end, must give the tables the local loop gives.
 */
final class StatisticsPassesTest {

  private static final StatsOptions OPTIONS = StatsOptions.defaults()
      .withWindows(EnumSet.allOf(Window.class)).withTop(3).withSpan(2);

  /** StatisticsStageTest's two chapters and a third document with other entities and sections. */
  private static CorpusAnalysis corpus() {
    List<DocumentAnalysis> documents = new ArrayList<>(StatisticsStageTest.corpus().documents());
    documents.add(CorpusFixture.document("c.txt")
        .entity("Moscow", "Moscow", "CITY")
        .entity("Lenin", "Vladimir Lenin", "PERSON")
        .title("Moscow Years/NNS/year")
        .sentence("Lenin met/VBD/meet workers/NNS/worker in/IN Moscow ./.")
        .heading("Later/RB")
        .sentence("Lenin left/VBD/leave Moscow ./.")
        .build());
    return CorpusFixture.corpus(documents.toArray(DocumentAnalysis[]::new));
  }

  @Test
  void countsAddedUpInAnotherOrderAfterShippingGiveTheLocalTables() throws Exception {
    CorpusAnalysis corpus = corpus();
    StatisticsStage stage = new StatisticsStage(OPTIONS);
    List<DocumentAnalysis> documents = corpus.documents();
    List<Integer> reversed = List.of(2, 1, 0);

    CorpusCounts counts = CorpusCounts.none();
    Map<NGram, Integer> ngrams = new HashMap<>();
    Map<EntityPair, Integer> pairs = new HashMap<>();
    for (int slot : reversed) {
      counts.add(shipped(stage.count(slot, documents.get(slot))));
      StatisticsStage.addByKey(ngrams, shipped(new HashMap<>(stage.countNGrams(documents.get(slot)))));
      StatisticsStage.addByKey(pairs, shipped(new HashMap<>(stage.countPairs(documents.get(slot)))));
    }
    ngrams.values().removeIf(n -> !stage.reachesMinCount(n));
    pairs.values().removeIf(n -> !stage.reachesMinCount(n));
    TopItems top = shipped(stage.top(counts));
    TopItemCounts around = TopItemCounts.none();
    for (int slot : reversed) {
      around.add(shipped(stage.countAround(slot, documents.get(slot), top)));
    }

    List<CsvTable> distributed = stage.tables(counts, ngrams, pairs, top, around);
    List<CsvTable> local = stage.tables(corpus);
    assertThat(distributed).hasSize(9);
    for (int i = 0; i < distributed.size(); i++) {
      assertThat(distributed.get(i).rows()).as(local.get(i).fileName()).isEqualTo(local.get(i).rows());
      if (!local.get(i).fileName().equals("keywords.csv")) {
        // Too few words for a significant keyword; every other table has rows.
        assertThat(distributed.get(i).rows()).as(local.get(i).fileName()).isNotEmpty();
      }
      assertThat(distributed.get(i).header()).isEqualTo(local.get(i).header());
    }
  }

  @Test
  void sectionsAreNumberedByCorpusPositionNotByTheOrderCountsArrive() {
    CorpusAnalysis corpus = corpus();
    StatisticsStage stage = new StatisticsStage(OPTIONS);
    CorpusCounts counts = CorpusCounts.none()
        .add(stage.count(2, corpus.documents().get(2)))
        .add(stage.count(0, corpus.documents().get(0)));

    List<CorpusSection> sections = new CorpusIndex(counts).sections();

    assertThat(sections).extracting(CorpusSection::document)
        .containsExactly("chapters/one.txt", "chapters/one.txt", "c.txt", "c.txt");
    assertThat(sections).extracting(CorpusSection::number).containsExactly(1, 2, 3, 4);
  }

  @Test
  void theReportNumbersSectionsFromTheRecordsAsTheCountsDo() {
    CorpusAnalysis corpus = corpus();
    StatisticsStage stage = new StatisticsStage(OPTIONS);
    CorpusCounts counts = CorpusCounts.none();
    for (int slot = 0; slot < corpus.documents().size(); slot++) {
      counts.add(stage.count(slot, corpus.documents().get(slot)));
    }

    assertThat(CorpusSection.of(corpus)).isEqualTo(new CorpusIndex(counts).sections()).hasSizeGreaterThan(3);
  }

  @Test
  void aDocumentCountedTwiceIsRefused() {
    DocumentAnalysis document = corpus().documents().get(0);
    StatisticsStage stage = new StatisticsStage(OPTIONS);
    CorpusCounts counts = CorpusCounts.none().add(stage.count(0, document));

    assertThatThrownBy(() -> counts.add(stage.count(0, document)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counted twice");
  }

  @Test
  void addingLeavesTheAddedCountsAsTheyWere() {
    CorpusAnalysis corpus = corpus();
    StatisticsStage stage = new StatisticsStage(OPTIONS);
    CorpusCounts first = stage.count(0, corpus.documents().get(0));
    long before = first.runningWords();

    CorpusCounts.none().add(first).add(stage.count(1, corpus.documents().get(1)));

    assertThat(first.runningWords()).isEqualTo(before);
    assertThat(first.documents()).hasSize(1);
  }

  @SuppressWarnings("unchecked")
  private static <T> T shipped(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}

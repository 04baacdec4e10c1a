package org.corpusstats.report.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corpusstats.extract.CorpusAnalysis;
import org.corpusstats.extract.Entity;
import org.corpusstats.report.ReportData;
import org.corpusstats.report.chart.SmallCorpus;
import org.corpusstats.stats.Statistics;
import org.junit.jupiter.api.Test;

final class EntityNetworkTest {

  @Test
  void everyEntityIsANodeWithItsTypeAndMentions() {
    EntityNetwork network = EntityNetwork.of(SmallCorpus.data(SmallCorpus.corpus()));

    assertThat(network.nodes()).hasSize(7);
    assertThat(network.nodes().get(0)).isEqualTo(
        new EntityNetwork.Node("n1", "Leon Trotsky", "PERSON", 7, 1, "Trotsky"));
    assertThat(network.nodes()).extracting(EntityNetwork.Node::type)
        .contains("PERSON", "ORGANIZATION", "CITY", "COUNTRY", "IDEOLOGY");
  }

  @Test
  void edgesAreTheSentencePairsOfCooccurrenceCsvWithCountAndLogLikelihood() {
    List<Statistics.PairScore> pairs = List.of(
        new Statistics.PairScore("Kamenev", "PERSON", "Zinoviev", "PERSON", "sentence", 3, 6.3, 0.9, 28.6, 13.5),
        new Statistics.PairScore("Kamenev", "PERSON", "Zinoviev", "PERSON", "paragraph", 4, 5.0, 0.8, 20.0, 12.0),
        new Statistics.PairScore("Kamenev", "PERSON", "Moscow", "CITY", "sentence", 2, Double.NaN,
            Double.POSITIVE_INFINITY, 3.5, 10.0));
    List<Entity> entities = List.of(new Entity("Kamenev", "PERSON", 5, 1, List.of()),
        new Entity("Zinoviev", "PERSON", 4, 1, List.of()));

    EntityNetwork network = EntityNetwork.of(data(entities, pairs));

    assertThat(network.window()).isEqualTo("sentence");
    assertThat(network.edges()).hasSize(2);
    EntityNetwork.Edge first = network.edges().get(0);
    assertThat(first.source().label()).isEqualTo("Kamenev");
    assertThat(first.target().label()).isEqualTo("Zinoviev");
    assertThat(first.count()).isEqualTo(3);
    assertThat(first.logLikelihood()).isEqualTo(28.6);
    assertThat(network.edges().get(1).pmi()).isNaN();
    assertThat(network.edges().get(1).npmi()).as("infinite is as undefined as NaN").isNaN();
    assertThat(network.nodes()).extracting(EntityNetwork.Node::label)
        .as("an entity only the pair table names still gets a node")
        .containsExactly("Kamenev", "Zinoviev", "Moscow");
  }

  @Test
  void theSmallestComputedWindowIsUsedWhenSentencesWereNot() {
    List<Statistics.PairScore> pairs = List.of(
        new Statistics.PairScore("A", "PERSON", "B", "PERSON", "paragraph", 2, 1.0, 0.5, 2.0, 11.0));

    EntityNetwork network = EntityNetwork.of(data(List.of(), pairs));

    assertThat(network.window()).isEqualTo("paragraph");
    assertThat(network.edges()).hasSize(1);
  }

  private static ReportData data(List<Entity> entities, List<Statistics.PairScore> pairs) {
    return new ReportData(new CorpusAnalysis(List.of(), entities),
        new Statistics(List.of(), List.of(), List.of(), pairs, List.of(), List.of()), List.of(), List.of());
  }
}

package org.corpusstats.report.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corpusstats.report.chart.OutputTables;
import org.corpusstats.report.chart.SmallCorpus;
import org.corpusstats.report.csv.CsvTable;
import org.junit.jupiter.api.Test;

final class EntityNetworkTest {

  @Test
  void everyEntityIsANodeWithItsTypeAndMentions() {
    EntityNetwork network = EntityNetwork.of(new OutputTables(SmallCorpus.tables(SmallCorpus.corpus())));

    assertThat(network.nodes()).hasSize(7);
    assertThat(network.nodes().get(0)).isEqualTo(
        new EntityNetwork.Node("n1", "Leon Trotsky", "PERSON", 7, 1, "Trotsky"));
    assertThat(network.nodes()).extracting(EntityNetwork.Node::type)
        .contains("PERSON", "ORGANIZATION", "CITY", "COUNTRY", "IDEOLOGY");
  }

  @Test
  void edgesAreTheSentencePairsOfCooccurrenceCsvWithCountAndLogLikelihood() {
    CsvTable pairs = CsvTable.builder("cooccurrence.csv", "entity_a", "type_a", "entity_b", "type_b", "window",
            "count", "pmi", "npmi", "log_likelihood", "log_dice")
        .row("Kamenev", "PERSON", "Zinoviev", "PERSON", "sentence", 3, 6.3, 0.9, 28.6, 13.5)
        .row("Kamenev", "PERSON", "Zinoviev", "PERSON", "paragraph", 4, 5.0, 0.8, 20.0, 12.0)
        .row("Kamenev", "PERSON", "Moscow", "CITY", "sentence", 2, null, null, 3.5, 10.0)
        .build();
    CsvTable entities = CsvTable.builder("entities.csv", "entity", "type", "mentions", "aliases", "documents", "rank")
        .row("Kamenev", "PERSON", 5, "", 1, 1)
        .row("Zinoviev", "PERSON", 4, "", 1, 2)
        .build();

    EntityNetwork network = EntityNetwork.of(new OutputTables(List.of(entities, pairs)));

    assertThat(network.window()).isEqualTo("sentence");
    assertThat(network.edges()).hasSize(2);
    EntityNetwork.Edge first = network.edges().get(0);
    assertThat(first.source().label()).isEqualTo("Kamenev");
    assertThat(first.target().label()).isEqualTo("Zinoviev");
    assertThat(first.count()).isEqualTo(3);
    assertThat(first.logLikelihood()).isEqualTo(28.6);
    assertThat(network.edges().get(1).pmi()).isNaN();
    assertThat(network.nodes()).extracting(EntityNetwork.Node::label)
        .as("an entity only the pair table names still gets a node")
        .containsExactly("Kamenev", "Zinoviev", "Moscow");
  }

  @Test
  void theSmallestComputedWindowIsUsedWhenSentencesWereNot() {
    CsvTable pairs = CsvTable.builder("cooccurrence.csv", "entity_a", "type_a", "entity_b", "type_b", "window",
            "count", "pmi", "npmi", "log_likelihood", "log_dice")
        .row("A", "PERSON", "B", "PERSON", "paragraph", 2, 1.0, 0.5, 2.0, 11.0)
        .build();

    EntityNetwork network = EntityNetwork.of(new OutputTables(List.of(pairs)));

    assertThat(network.window()).isEqualTo("paragraph");
    assertThat(network.edges()).hasSize(1);
  }
}

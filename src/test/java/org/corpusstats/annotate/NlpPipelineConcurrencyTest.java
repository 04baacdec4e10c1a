package org.corpusstats.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;

/**
 * The shared pipeline gives each chunk the same annotation whether chunks are annotated one at a time or many at
 * once. CoreNLP's quote attribution keeps per-document state in the annotator; unguarded, concurrent chunks read
 * each other's list of people and fail or name the wrong speaker.
 */
@Tag("corenlp")
final class NlpPipelineConcurrencyTest {

  private static final String[] FIRST = {"Maria", "Daniel", "Amara", "Tomasz", "Ingrid", "Kwame", "Lucia", "Hiroshi",
      "Fatima", "Oskar", "Priya", "Mateo", "Elena", "Samuel", "Yara", "Viktor"};
  private static final String[] LAST = {"Lopez", "Okafor", "Novak", "Lindqvist", "Mensah", "Tanaka", "Haddad",
      "Petrov", "Sharma", "Silva", "Brennan", "Kowalski", "Moreau", "Adeyemi", "Rossi", "Fischer"};
  private static final String[] PLACES = {"Lisbon", "Warsaw", "Accra", "Kyoto", "Oslo", "Lima", "Cairo", "Madrid"};

  /** A short text with people of its own, each quoted with a verb of saying. */
  private static String story(Random random) {
    String a = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    String b = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    String place = PLACES[random.nextInt(PLACES.length)];
    return a + " met " + b + " in " + place + " in 1931.\n"
        + "\u201cWe must leave the city before the winter,\u201d said " + a + ".\n"
        + b + " shook his head. \u201cThe trains to " + place + " are full,\u201d he replied.\n"
        + "\u201cThen we walk,\u201d " + a + " told " + b + ".\n";
  }

  /** Each quotation with the speaker CoreNLP attributes to it. */
  private static List<String> quotesWithSpeakers(CoreDocument document) {
    List<String> found = new ArrayList<>();
    for (CoreQuote quote : document.quotes()) {
      found.add(quote.text() + " | " + quote.speaker().orElse("-") + " | " + quote.canonicalSpeaker().orElse("-"));
    }
    return found;
  }

  @Test
  void chunksAnnotatedAtOnceGetTheSameQuotesAndSpeakersAsOneAtATime() throws Exception {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      texts.add(story(random));
    }
    List<List<String>> alone = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      alone.add(quotesWithSpeakers(NlpPipeline.annotate("story-" + i, texts.get(i))));
    }
    assertThat(alone).allSatisfy(quotes -> assertThat(quotes).hasSize(3));

    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<List<String>>> together = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          int index = i;
          together.add(pool.submit(() -> quotesWithSpeakers(NlpPipeline.annotate("story-" + index, texts.get(index)))));
        }
        for (int i = 0; i < texts.size(); i++) {
          assertThat(together.get(i).get()).as("story %d, round %d", i, round).isEqualTo(alone.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

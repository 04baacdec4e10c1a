package org.corpusstats.annotate;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * Moves a chunk's annotation from offsets in the chunk to offsets in its document.
 *
 * <p>A chunk is annotated on its own characters. It used to be annotated with the document before it blanked to
 * spaces, so that CoreNLP's offsets came out as document offsets; but the tokenizer then reads every one of those
 * spaces, so a chunk near the end of a 3 MB book cost about a second more than one at its start, and a book's time
 * grew with the square of its length. The annotation is the same either way (CoreNLP's annotators read tokens, not
 * offsets); only the offsets move, here, once per token, sentence, entity mention and quote.
 */
final class ChunkOffsets {

  private ChunkOffsets() {}

  /** Adds {@code by} to every character offset of the annotation: its tokens, sentences, mentions and quotes. */
  static void move(Annotation annotation, int by) {
    if (by == 0) {
      return;
    }
    Set<Object> moved = Collections.newSetFromMap(new IdentityHashMap<>());
    moveTokens(annotation.get(CoreAnnotations.TokensAnnotation.class), by, moved);
    moveMaps(annotation.get(CoreAnnotations.MentionsAnnotation.class), by, moved);
    moveQuotes(annotation.get(CoreAnnotations.QuotationsAnnotation.class), by, moved);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      moveMap(sentence, by, moved);
      moveTokens(sentence.get(CoreAnnotations.TokensAnnotation.class), by, moved);
      moveMaps(sentence.get(CoreAnnotations.MentionsAnnotation.class), by, moved);
      // The dependency graphs wrap the sentence's own tokens; a copy made anywhere would be moved here too.
      for (SemanticGraph graph : List.of(
          graphOrEmpty(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
          graphOrEmpty(sentence.get(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class)),
          graphOrEmpty(sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)))) {
        for (IndexedWord word : graph.vertexSet()) {
          moveToken(word.backingLabel(), by, moved);
        }
      }
    }
  }

  private static SemanticGraph graphOrEmpty(SemanticGraph graph) {
    return graph == null ? new SemanticGraph() : graph;
  }

  private static void moveQuotes(List<CoreMap> quotes, int by, Set<Object> moved) {
    if (quotes == null) {
      return;
    }
    for (CoreMap quote : quotes) {
      if (moveMap(quote, by, moved)) {
        moveQuotes(quote.get(CoreAnnotations.QuotationsAnnotation.class), by, moved);
      }
    }
  }

  private static void moveMaps(List<CoreMap> maps, int by, Set<Object> moved) {
    if (maps != null) {
      for (CoreMap map : maps) {
        moveMap(map, by, moved);
        moveTokens(map.get(CoreAnnotations.TokensAnnotation.class), by, moved);
      }
    }
  }

  private static void moveTokens(List<CoreLabel> tokens, int by, Set<Object> moved) {
    if (tokens != null) {
      for (CoreLabel token : tokens) {
        moveToken(token, by, moved);
      }
    }
  }

  private static void moveToken(CoreLabel token, int by, Set<Object> moved) {
    if (moved.add(token)) {
      token.setBeginPosition(token.beginPosition() + by);
      token.setEndPosition(token.endPosition() + by);
    }
  }

  /** @return false when the map had been moved already */
  private static boolean moveMap(CoreMap map, int by, Set<Object> moved) {
    if (!moved.add(map)) {
      return false;
    }
    Integer begin = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (begin != null) {
      map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin + by);
    }
    if (end != null) {
      map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end + by);
    }
    return true;
  }
}

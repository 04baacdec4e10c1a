package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.coref.data.CorefChain;

/**
 * A document's coreference chains, chunk by chunk (a chain never crosses a chunk), each with the document index of
 * its chunk's first sentence, and looked up by the head word of a mention.
 */
final class CorefChains {

  /** Coreference chains of one chunk: their sentence numbers count from the chunk's first sentence. */
  record ChunkChains(Map<Integer, CorefChain> chains, int sentenceOffset) {}

  /** A coreference chain with the document index of its chunk's first sentence. */
  record ChainIn(CorefChain chain, int sentenceOffset) {}

  private final List<ChunkChains> chunks = new ArrayList<>();
  private Map<Long, List<ChainIn>> byHead;

  void add(Map<Integer, CorefChain> chains, int sentenceOffset) {
    chunks.add(new ChunkChains(chains, sentenceOffset));
    byHead = null;
  }

  /** The chains, chunk by chunk in text order. */
  List<ChunkChains> byChunk() {
    return chunks;
  }

  /**
   * The chains that hold a mention headed by this word, in the order of {@link #byChunk()}: looked up, not
   * searched, as a book has tens of thousands of chains and a speech tag is resolved at each quotation.
   *
   * @param sentence  0-based in the document
   * @param headIndex 1-based in the sentence, as CoreNLP's coreference counts
   */
  List<ChainIn> holding(int sentence, int headIndex) {
    if (byHead == null) {
      Map<Long, List<ChainIn>> index = new HashMap<>();
      for (ChunkChains chunk : chunks) {
        for (CorefChain chain : chunk.chains().values()) {
          ChainIn in = new ChainIn(chain, chunk.sentenceOffset());
          for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
            List<ChainIn> holding = index.computeIfAbsent(key(m.sentNum - 1 + chunk.sentenceOffset(), m.headIndex),
                k -> new ArrayList<>());
            if (holding.isEmpty() || holding.get(holding.size() - 1).chain() != chain) {
              holding.add(in);
            }
          }
        }
      }
      byHead = index;
    }
    return byHead.getOrDefault(key(sentence, headIndex), List.of());
  }

  private static long key(int sentence, int headIndex) {
    return ((long) sentence << 32) | (headIndex & 0xffffffffL);
  }
}

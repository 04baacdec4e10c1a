package org.corpusstats.annotate;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * CoreNLP's annotation of one document, chunk by chunk in text order, at document offsets.
 *
 * <p>A short document's chunks are all held in memory. A long one's are not: CoreNLP's annotation takes about
 * 1.7 KB of heap per character, so a 3 MB book would need 5 GB. Its chunks stay on disk (in the annotation cache,
 * or a spill folder when there is none) and are read back when asked for, the last few kept, so that what
 * extraction holds at once does not depend on the document's length. Extraction reads the sentences in order and
 * looks back a few sentences at most, so each chunk is read back about once per pass.
 */
public final class ChunkAnnotations extends AbstractList<CoreDocument> {

  /** How many chunks read back from disk stay in memory: several sentences of look-back at a chunk's start. */
  static final int RECENT = 6;

  private final List<Chunk> chunks;
  private final CoreDocument[] held;
  private final Function<Chunk, CoreDocument> readBack;
  private final Map<Integer, CoreDocument> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, CoreDocument> eldest) {
      return size() > RECENT;
    }
  };
  private int readsBack;

  /**
   * @param held     each chunk's annotation, or null where it was left on disk
   * @param readBack what reads a chunk left on disk back, at document offsets
   */
  ChunkAnnotations(List<Chunk> chunks, CoreDocument[] held, Function<Chunk, CoreDocument> readBack) {
    this.chunks = List.copyOf(chunks);
    this.held = held.clone();
    this.readBack = readBack;
  }

  @Override
  public synchronized CoreDocument get(int index) {
    CoreDocument document = held[index];
    if (document != null) {
      return document;
    }
    document = recent.get(index);
    if (document == null) {
      document = readBack.apply(chunks.get(index));
      readsBack++;
      recent.put(index, document);
    }
    return document;
  }

  @Override
  public int size() {
    return chunks.size();
  }

  /** The chunk whose annotation {@link #get} gives at that index. */
  public Chunk chunk(int index) {
    return chunks.get(index);
  }

  /** How many times a chunk was read back from disk: once per extraction pass for a long document, else 0. */
  public synchronized int readsBack() {
    return readsBack;
  }
}

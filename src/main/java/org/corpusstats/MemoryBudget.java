package org.corpusstats;

/**
 * How long a document this JVM's heap can take. CoreNLP's annotation does not set the limit: a long document's
 * chunks are left on disk and read back a few at a time ({@code annotate.ChunkAnnotations}), so it costs the
 * same heap at any length. What grows with a document is what outlives the annotation: its text, its sentences
 * and tokens as plain records, its mentions, and the statistics' counts over them, about {@value #PER_CHARACTER}
 * bytes per character at most (measured on a 3 MB book, docs/PERFORMANCE.md). Beyond the limit a document is
 * refused up front with a message, instead of failing half-way out of memory; at the launcher's heap the limit is
 * tens of megabytes, far above any book.
 */
public final class MemoryBudget {

  /** CoreNLP's models, loaded once. */
  private static final long MODELS = 1_600L << 20;
  /** What each annotating thread needs while it works, and the short documents held whole while in flight. */
  private static final long PER_THREAD = 500L << 20;
  private static final long PER_CHARACTER = 100;
  private static final long AT_LEAST = 1_000_000;

  private MemoryBudget() {}

  public static long maxCharacters(int threads) {
    long heap = Runtime.getRuntime().maxMemory();
    if (heap == Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    long budget = heap - MODELS - PER_THREAD * threads;
    return Math.max(AT_LEAST, budget / PER_CHARACTER);
  }
}

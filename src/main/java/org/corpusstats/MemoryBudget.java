package org.corpusstats;

/**
 * How long a document this JVM's heap can annotate. Measured on the chapter: CoreNLP's models hold about 1.55 GB,
 * a document's annotation about 1.7 KB per character, and each annotating thread needs a few hundred MB more
 * while it works. A document is annotated whole (its chunks are held together for extraction), so a longer one
 * is refused up front with a message, instead of failing half-way out of memory.
 */
public final class MemoryBudget {

  private static final long MODELS = 1_600L << 20;
  private static final long PER_THREAD = 300L << 20;
  private static final long PER_CHARACTER = 2_048;
  private static final long AT_LEAST = 100_000;

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

package org.corpusstats.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.corpusstats.input.DocumentLayout;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Annotates documents chunk by chunk on a pool of threads, from the cache where it can, and hands each document
 * on as soon as all its chunks are done, in document order. Only a few documents are in flight at once, so the
 * large CoreNLP annotations of a big corpus never all sit in memory together.
 */
public final class DocumentAnnotator implements AutoCloseable {

  /** One document to annotate. */
  /** @param index the document's place in the corpus */
  public record Job(int index, String document, DocumentLayout layout) {}

  private final int threads;
  private final AnnotationCache cache;
  private final Chunker chunker = new Chunker(Chunker.TARGET_CHARS);
  private final ExecutorService pool;
  private final AtomicInteger fromCache = new AtomicInteger();
  private final AtomicInteger annotated = new AtomicInteger();
  private final IntConsumer chunkDone;
  private final Function<Chunk, CoreDocument> nlp;
  private final boolean preloadModels;

  /**
   * @param cache     null to annotate everything afresh and store nothing
   * @param chunkDone told the characters of each chunk as it is done, for progress
   */
  public DocumentAnnotator(int threads, AnnotationCache cache, IntConsumer chunkDone) {
    this(threads, cache, chunkDone, chunk -> NlpPipeline.annotate(chunk.document(), chunk.text()), true);
  }

  /** @param nlp what annotates a chunk the cache does not have; the real pipeline unless a test swaps it */
  DocumentAnnotator(int threads, AnnotationCache cache, IntConsumer chunkDone, Function<Chunk, CoreDocument> nlp,
                    boolean preloadModels) {
    this.threads = threads;
    this.cache = cache;
    this.chunkDone = chunkDone;
    this.nlp = nlp;
    this.preloadModels = preloadModels;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "annotate");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * @param then what to make of a document's annotation (its chunks in text order); runs on the pool
   * @return the results of {@code then}, in the jobs' order
   */
  public <R> List<R> annotateAll(List<Job> jobs, BiFunction<Job, List<CoreDocument>, R> then) {
    List<List<Chunk>> chunked = jobs.stream().map(j -> chunker.chunks(j.document(), j.layout())).toList();
    if (preloadModels && (cache == null || chunked.stream().flatMap(List::stream).anyMatch(c -> !cache.has(c)))) {
      NlpPipeline.startLoading(); // while the cached chunks are read
    }
    List<R> results = new ArrayList<>();
    Deque<CompletableFuture<R>> inFlight = new ArrayDeque<>();
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      List<CompletableFuture<CoreDocument>> chunks = submitLongestFirst(chunked.get(i));
      inFlight.add(CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
          .thenApplyAsync(done -> then.apply(job, chunks.stream().map(CompletableFuture::join).toList()), pool));
      while (inFlight.size() > threads) {
        results.add(join(inFlight.poll()));
      }
    }
    while (!inFlight.isEmpty()) {
      results.add(join(inFlight.poll()));
    }
    return results;
  }

  /**
   * Queues a document's chunks longest first, so that the last to finish is a short one and no core waits long
   * for it at the end; the futures come back in text order.
   */
  private List<CompletableFuture<CoreDocument>> submitLongestFirst(List<Chunk> chunks) {
    List<CompletableFuture<CoreDocument>> futures = new ArrayList<>(Collections.nCopies(chunks.size(), null));
    Integer[] order = new Integer[chunks.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> chunks.get(i).begin() - chunks.get(i).end()));
    for (int i : order) {
      Chunk chunk = chunks.get(i);
      futures.set(i, CompletableFuture.supplyAsync(() -> annotate(chunk), pool));
    }
    return futures;
  }

  public int chunksFromCache() {
    return fromCache.get();
  }

  public int chunksAnnotated() {
    return annotated.get();
  }

  private CoreDocument annotate(Chunk chunk) {
    if (cache != null) {
      var cached = cache.read(chunk);
      if (cached.isPresent()) {
        fromCache.incrementAndGet();
        chunkDone.accept(chunk.end() - chunk.begin());
        return cached.get();
      }
    }
    CoreDocument document = nlp.apply(chunk);
    annotated.incrementAndGet();
    if (cache != null) {
      cache.write(chunk, document);
    }
    chunkDone.accept(chunk.end() - chunk.begin());
    return document;
  }

  private static <R> R join(CompletableFuture<R> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}

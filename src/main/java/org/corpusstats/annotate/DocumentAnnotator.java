package org.corpusstats.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * large CoreNLP annotations of a big corpus never all sit in memory together; and a long document's chunks are left
 * on disk as they are done ({@link ChunkAnnotations}), so that neither does a book's.
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
  private final int holdChars;
  private AnnotationCache spill;
  private Path spillFolder;

  /**
   * Documents up to this many characters are held in memory whole (about 170 MB of annotation); longer ones are
   * left on disk chunk by chunk. The chapter and the evaluation texts are held; books are not.
   */
  static final int HOLD_CHARS = 100_000;

  /**
   * @param cache     null to annotate everything afresh and store nothing
   * @param chunkDone told the characters of each chunk as it is done, for progress
   */
  public DocumentAnnotator(int threads, AnnotationCache cache, IntConsumer chunkDone) {
    this(threads, cache, chunkDone, chunk -> NlpPipeline.annotate(chunk.document(), chunk.content()), true);
  }

  DocumentAnnotator(int threads, AnnotationCache cache, IntConsumer chunkDone, Function<Chunk, CoreDocument> nlp,
                    boolean preloadModels) {
    this(threads, cache, chunkDone, nlp, preloadModels, HOLD_CHARS);
  }

  /**
   * @param nlp       what annotates a chunk the cache does not have; the real pipeline unless a test swaps it
   * @param holdChars the longest document held in memory whole; {@link #HOLD_CHARS} unless a test changes it
   */
  DocumentAnnotator(int threads, AnnotationCache cache, IntConsumer chunkDone, Function<Chunk, CoreDocument> nlp,
                    boolean preloadModels, int holdChars) {
    this.threads = threads;
    this.cache = cache;
    this.chunkDone = chunkDone;
    this.nlp = nlp;
    this.preloadModels = preloadModels;
    this.holdChars = holdChars;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "annotate");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * @param then what to make of a document's annotation (its chunks in text order, a {@link ChunkAnnotations});
   *             runs on the pool
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
      List<Chunk> chunksOfJob = chunked.get(i);
      AnnotationCache store = leftOnDisk(chunksOfJob) ? store() : null;
      List<CompletableFuture<CoreDocument>> chunks = submitLongestFirst(chunksOfJob, store);
      inFlight.add(CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
          .thenApplyAsync(done -> then.apply(job, new ChunkAnnotations(chunksOfJob,
              chunks.stream().map(CompletableFuture::join).toArray(CoreDocument[]::new),
              chunk -> readBack(chunk, store))), pool));
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
  private List<CompletableFuture<CoreDocument>> submitLongestFirst(List<Chunk> chunks, AnnotationCache store) {
    List<CompletableFuture<CoreDocument>> futures = new ArrayList<>(Collections.nCopies(chunks.size(), null));
    Integer[] order = new Integer[chunks.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> chunks.get(i).begin() - chunks.get(i).end()));
    for (int i : order) {
      Chunk chunk = chunks.get(i);
      futures.set(i, CompletableFuture.supplyAsync(() -> store == null ? annotate(chunk) : leaveOnDisk(chunk, store),
          pool));
    }
    return futures;
  }

  public int chunksFromCache() {
    return fromCache.get();
  }

  public int chunksAnnotated() {
    return annotated.get();
  }

  private boolean leftOnDisk(List<Chunk> chunks) {
    return !chunks.isEmpty() && chunks.get(0).documentText().length() > holdChars;
  }

  /** Where a long document's chunks are left: the cache, or a spill folder of the same format without one. */
  private synchronized AnnotationCache store() {
    if (cache != null) {
      return cache;
    }
    if (spill == null) {
      try {
        spillFolder = Files.createTempDirectory("corpus-stats-spill");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a spill folder for a long document's annotation in "
            + System.getProperty("java.io.tmpdir") + " (" + e.getMessage() + "); free some space there, or set "
            + "-Djava.io.tmpdir in CORPUS_STATS_JAVA_OPTS", e);
      }
      spill = new AnnotationCache(spillFolder, NlpPipeline.fingerprint(),
          warning -> System.err.println("corpus-stats: warning: " + warning));
    }
    return spill;
  }

  /** A chunk's annotation at document offsets: from the cache, else annotated (and then cached). */
  private CoreDocument annotate(Chunk chunk) {
    if (cache != null) {
      var cached = cache.read(chunk);
      if (cached.isPresent()) {
        fromCache.incrementAndGet();
        chunkDone.accept(chunk.end() - chunk.begin());
        return atDocumentOffsets(cached.get(), chunk);
      }
    }
    CoreDocument document = nlp.apply(chunk);
    annotated.incrementAndGet();
    if (cache != null) {
      cache.write(chunk, document);
    }
    chunkDone.accept(chunk.end() - chunk.begin());
    return atDocumentOffsets(document, chunk);
  }

  /** Annotates a chunk of a long document into the store, unless it is there already; holds nothing. */
  private CoreDocument leaveOnDisk(Chunk chunk, AnnotationCache store) {
    if (store.has(chunk)) {
      if (store == cache) {
        fromCache.incrementAndGet();
      }
    } else {
      store.write(chunk, nlp.apply(chunk));
      annotated.incrementAndGet();
    }
    chunkDone.accept(chunk.end() - chunk.begin());
    return null;
  }

  /** A chunk left on disk, read back; annotated again if the entry is gone or corrupt (the store said why). */
  private CoreDocument readBack(Chunk chunk, AnnotationCache store) {
    return atDocumentOffsets(store.read(chunk).orElseGet(() -> {
      CoreDocument document = nlp.apply(chunk);
      store.write(chunk, document);
      return document;
    }), chunk);
  }

  /** CoreNLP annotated the chunk's own characters; its offsets move to the document's. */
  private static CoreDocument atDocumentOffsets(CoreDocument document, Chunk chunk) {
    ChunkOffsets.move(document.annotation(), chunk.begin());
    return new CoreDocument(document.annotation());
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
    if (spillFolder != null) {
      try (var files = Files.walk(spillFolder)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        System.err.println("corpus-stats: warning: cannot remove the spill folder " + spillFolder + " ("
            + e.getMessage() + ")");
      }
    }
  }
}

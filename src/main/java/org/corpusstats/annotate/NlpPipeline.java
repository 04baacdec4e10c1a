package org.corpusstats.annotate;

import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * The one CoreNLP pipeline of this JVM: loading its models takes tens of seconds and gigabytes, so it is built
 * once, on first use, and shared by every thread.
 *
 * <p>It is built as two halves loaded at the same time on two threads: the sentence annotators up to NER, whose
 * fine-grained gazetteer is the slowest model to load, and the parser, coreference and quotes (a pipeline of
 * their own, see {@link #QUOTE_LOCK}). Run one after the
 * other, the halves annotate exactly as one pipeline of all eight annotators does. The sentence half loads a few
 * seconds sooner, and starts annotating then, rather than leave a core idle while the parser and coreference load.
 */
public final class NlpPipeline {

  /** The annotators this tool reads from; quote attribution needs coref and depparse. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  private static final String SENTENCES = "tokenize,ssplit,pos,lemma,ner";
  private static final String DISCOURSE = "depparse,coref";
  private static final String QUOTES = "quote";

  private static volatile CompletableFuture<StanfordCoreNLP> sentences;
  private static volatile CompletableFuture<StanfordCoreNLP> discourse;
  private static volatile CompletableFuture<StanfordCoreNLP> quotes;
  /**
   * CoreNLP's quote attribution keeps the document's list of people in a field of the annotator while it works, so
   * two threads annotating at once read each other's list: wrong speakers, or a NullPointerException. It takes a
   * few per cent of the time, so it runs one chunk at a time; the other annotators are safe to share.
   */
  private static final Object QUOTE_LOCK = new Object();
  private static volatile boolean verbose;
  private static volatile long loadMillis = -1;

  private NlpPipeline() {}

  /** Call before the first load: CoreNLP's model-loading log is hidden unless verbose. */
  public static void setVerbose(boolean on) {
    verbose = on;
  }

  public static Properties settings() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    // The input stage leaves a line break only where a paragraph or heading ends, so every line is a unit.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.applyFineGrained", "true");
    // No document date is set, so SUTime leaves "October" as XXXX-10 instead of dating a history text to
    // today; the extract stage resolves such dates against the narrative.
    props.setProperty("quote.attributeQuotes", "true");
    // Statistical coreference scores every mention against the 50 before it (500 with a string match); it is
    // half of CoreNLP's time here. A pronoun's antecedent is a few mentions back: at 10 and 50 the chapter's
    // tables were byte-identical and the run 16% faster (docs/PERFORMANCE.md).
    props.setProperty("coref.maxMentionDistance", "10");
    props.setProperty("coref.maxMentionDistanceWithStringMatch", "50");
    return props;
  }

  /** Every setting that changes what CoreNLP produces, in a stable order: part of each cache key. */
  public static String fingerprint() {
    return new TreeMap<>(settings()).toString();
  }

  /** Starts loading the models in the background, if not started yet. */
  public static void startLoading() {
    // quotes is assigned last, so once another thread sees it, it sees all three.
    if (quotes == null) {
      synchronized (NlpPipeline.class) {
        if (quotes == null) {
          if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
          }
          // Own threads, not the common pool: on two cores that pool has a single worker.
          ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "corenlp-loader");
            thread.setDaemon(true);
            return thread;
          });
          long started = System.nanoTime();
          sentences = CompletableFuture.supplyAsync(() -> half(SENTENCES, true), loaders);
          discourse = CompletableFuture.supplyAsync(() -> half(DISCOURSE, false), loaders);
          quotes = discourse.thenApplyAsync(parsed -> half(QUOTES, false), loaders);
          CompletableFuture.allOf(sentences, discourse, quotes).whenComplete((done, error) -> {
            loaders.shutdown();
            if (error == null) {
              loadMillis = (System.nanoTime() - started) / 1_000_000;
            }
          });
        }
      }
    }
  }

  /** How long loading the models took, if this JVM loaded them. */
  public static OptionalLong loadMillis() {
    return loadMillis < 0 ? OptionalLong.empty() : OptionalLong.of(loadMillis);
  }

  /** Blocks until the models are loaded. */
  public static void awaitLoaded() {
    startLoading();
    await(sentences);
    await(discourse);
    await(quotes);
  }

  private static StanfordCoreNLP await(CompletableFuture<StanfordCoreNLP> half) {
    try {
      return half.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static StanfordCoreNLP half(String annotators, boolean enforceRequirements) {
    Properties props = settings();
    props.setProperty("annotators", annotators);
    return new StanfordCoreNLP(props, enforceRequirements);
  }

  public static CoreDocument annotate(String documentId, String nlpText) {
    startLoading();
    CoreDocument document = new CoreDocument(nlpText);
    document.annotation().set(CoreAnnotations.DocIDAnnotation.class, documentId);
    await(sentences).annotate(document.annotation());
    await(discourse).annotate(document.annotation());
    StanfordCoreNLP quoteFinder = await(quotes);
    synchronized (QUOTE_LOCK) {
      quoteFinder.annotate(document.annotation());
    }
    document.wrapAnnotations();
    return document;
  }
}

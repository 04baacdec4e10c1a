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
 * fine-grained gazetteer is the slowest model to load, and the parser and coreference; the quotes follow
 * ({@link QuoteFinder}). Run one after the other, they annotate as one pipeline of all eight annotators does. The sentence half loads a few
 * seconds sooner, and starts annotating then, rather than leave a core idle while the parser and coreference load.
 */
public final class NlpPipeline {

  /**
   * The annotators this tool reads from. The quotes are found by CoreNLP's quote annotator without its attribution
   * (corpus-stats attributes them itself), on each chunk alone ({@link QuoteFinder}).
   */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  private static final String SENTENCES = "tokenize,ssplit,pos,lemma,ner";
  private static final String DISCOURSE = "depparse,coref";

  private static volatile CompletableFuture<StanfordCoreNLP> sentences;
  private static volatile CompletableFuture<StanfordCoreNLP> discourse;
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
    // CoreNLP's attribution is not used (its answers were right about 3 times in 11 beyond corpus-stats' own
    // rules), and without it quotes need no models: QuoteFinder finds them.
    props.setProperty("quote.attributeQuotes", "false");
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
    // discourse is assigned last, so once another thread sees it, it sees both.
    if (discourse == null) {
      synchronized (NlpPipeline.class) {
        if (discourse == null) {
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
          CompletableFuture.allOf(sentences, discourse).whenComplete((done, error) -> {
            loaders.shutdown();
            if (error == null) {
              loadMillis = (System.nanoTime() - started) / 1_000_000;
              OldGenerationCeiling.installAfterLoading();
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
    QuoteFinder.find(document.annotation());
    document.wrapAnnotations();
    return document;
  }
}

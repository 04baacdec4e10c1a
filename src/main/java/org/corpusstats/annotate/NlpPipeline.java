package org.corpusstats.annotate;

import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * The one CoreNLP pipeline of this JVM: loading its models takes tens of seconds and gigabytes, so it is built
 * once, on first use, and shared.
 */
public final class NlpPipeline {

  /** The annotators this tool reads from; quote attribution needs coref and depparse. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static volatile StanfordCoreNLP shared;
  private static volatile boolean verbose;

  private NlpPipeline() {}

  /** Call before the first {@link #get()}: CoreNLP's model-loading log is hidden unless verbose. */
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
    return props;
  }

  public static StanfordCoreNLP get() {
    StanfordCoreNLP pipeline = shared;
    if (pipeline == null) {
      synchronized (NlpPipeline.class) {
        pipeline = shared;
        if (pipeline == null) {
          if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
          }
          pipeline = new StanfordCoreNLP(settings());
          shared = pipeline;
        }
      }
    }
    return pipeline;
  }

  public static CoreDocument annotate(String documentId, String nlpText) {
    CoreDocument document = new CoreDocument(nlpText);
    document.annotation().set(edu.stanford.nlp.ling.CoreAnnotations.DocIDAnnotation.class, documentId);
    get().annotate(document);
    return document;
  }
}

package org.corpusstats.annotate;

import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * Tokens, tags and lemmas only: what a reference corpus for keywords needs. Its models load in a second or two and
 * it tags tens of thousands of words a second, where the full pipeline ({@link NlpPipeline}) would take minutes
 * per book for entities and quotations no one reads from a reference.
 */
public final class TaggingPipeline {

  private static StanfordCoreNLP pipeline;

  private TaggingPipeline() {}

  public static synchronized CoreDocument annotate(String text) {
    if (pipeline == null) {
      RedwoodConfiguration.current().clear().apply();
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
      // The same tokenizer as the main pipeline, so that the same words become the same terms; a reference
      // file's own line breaks are kept as CoreNLP reads plain text, a blank line ending a sentence.
      NlpPipeline.settings().forEach((key, value) -> {
        if (key.toString().startsWith("tokenize.")) {
          props.setProperty(key.toString(), value.toString());
        }
      });
      props.setProperty("ssplit.newlineIsSentenceBreak", "two");
      pipeline = new StanfordCoreNLP(props);
    }
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    return document;
  }
}

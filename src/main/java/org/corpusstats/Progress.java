package org.corpusstats;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of the annotation stage: a bar on a terminal (characters done, documents and tokens, rate, time left),
 * one plain line per document in a log, nothing when quiet.
 */
abstract class Progress implements AutoCloseable {

  static Progress create(boolean quiet, PrintWriter log, long totalCharacters, int documents) {
    if (quiet) {
      return new Progress() {};
    }
    if (System.console() != null) {
      return new Bar(totalCharacters, documents);
    }
    return new Lines(log);
  }

  /** A chunk of this many characters is annotated (or read from the cache). */
  void chunkDone(int characters) {}

  void documentDone(String document, int sentences, int tokens) {}

  @Override
  public void close() {}

  /** In a log: one line a document. */
  private static final class Lines extends Progress {
    private final PrintWriter log;

    Lines(PrintWriter log) {
      this.log = log;
    }

    @Override
    synchronized void documentDone(String document, int sentences, int tokens) {
      log.println(String.format(Locale.ROOT, "annotated %s: %d sentences, %d tokens", document, sentences, tokens));
      log.flush();
    }
  }

  /** On a terminal: a bar over the characters of the corpus, on standard error. */
  private static final class Bar extends Progress {
    private final ProgressBar bar;
    private final int documents;
    private final long started = System.nanoTime();
    private int documentsDone;
    private long tokensDone;

    Bar(long totalCharacters, int documents) {
      this.documents = documents;
      this.bar = new ProgressBarBuilder().setTaskName("annotate").setInitialMax(totalCharacters)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" kchar", 1000).showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build();
      bar.setExtraMessage("0/" + documents + " documents");
    }

    @Override
    synchronized void chunkDone(int characters) {
      bar.stepBy(characters);
    }

    @Override
    synchronized void documentDone(String document, int sentences, int tokens) {
      documentsDone++;
      tokensDone += tokens;
      double elapsed = (System.nanoTime() - started) / 1e9;
      bar.setExtraMessage(String.format(Locale.ROOT, "%d/%d documents, %,d tokens, %.0f tokens/s", documentsDone,
          documents, tokensDone, tokensDone / Math.max(elapsed, 1e-3)));
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}

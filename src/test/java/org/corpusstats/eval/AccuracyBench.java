package org.corpusstats.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * bench/accuracy's Java side: runs corpus-stats and CoreNLP over every text of eval/, scores both and writes
 * docs/ACCURACY.md, with each tuned-on text's errors listed in the work folder (held-out texts' errors only with
 * --show-held-out, so that nobody tunes on them by accident).
 *
 * <p>Arguments: {@code --work DIR} (default bench/out/accuracy), {@code --report FILE} (default docs/ACCURACY.md),
 * {@code --only ID[,ID]}, {@code --no-corenlp}, {@code --show-held-out}.
 */
public final class AccuracyBench {

  private AccuracyBench() {}

  public static void main(String[] args) throws IOException {
    Path work = Path.of("bench", "out", "accuracy");
    Path report = Path.of("docs", "ACCURACY.md");
    List<String> only = List.of();
    boolean coreNlp = true;
    boolean showHeldOut = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--work" -> work = Path.of(args[++i]);
        case "--report" -> report = Path.of(args[++i]);
        case "--only" -> only = List.of(args[++i].split(","));
        case "--no-corenlp" -> coreNlp = false;
        case "--show-held-out" -> showHeldOut = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<AccuracyReport.TextResult> results = new ArrayList<>();
    List<LinkScore.Result> links = new ArrayList<>();
    Files.createDirectories(work.resolve("errors"));
    for (EvaluationSet.Entry entry : EvaluationSet.entries(EvaluationSet.FOLDER)) {
      if (!only.isEmpty() && !only.contains(entry.id())) {
        continue;
      }
      GoldText gold = EvaluationSet.load(EvaluationSet.FOLDER, entry);
      long started = System.nanoTime();
      SystemOutput ours = CorpusStatsRun.run(gold, work.resolve("corpus-stats").resolve(entry.id()), work.resolve("cache"));
      Scorer.Scores scores = Scorer.score(gold, ours);
      Scorer.Scores speaker = scores;
      Scorer.Scores canonical = scores;
      if (coreNlp) {
        CoreNlpBaseline.Answer answer = CoreNlpBaseline.answer(gold, work.resolve("corenlp"));
        speaker = Scorer.score(gold, answer.speaker());
        canonical = Scorer.score(gold, answer.canonicalSpeaker());
      }
      results.add(new AccuracyReport.TextResult(entry, gold, scores, speaker, canonical));
      links.add(LinkScore.score(entry, work.resolve("corpus-stats").resolve(entry.id())));
      Path errors = work.resolve("errors").resolve(entry.id() + ".txt");
      if (!entry.heldOut() || showHeldOut) {
        Files.write(errors, scores.errors(), StandardCharsets.UTF_8);
      } else {
        Files.deleteIfExists(errors);
      }
      System.out.printf("%-36s speakers %s  persons R %s P %s  figures R %s  years R %s  (%.0f s)%n", entry.id(),
          AccuracyReport.cell(scores.speakers()), AccuracyReport.cell(scores.personRecall()),
          AccuracyReport.cell(scores.personPrecision()), AccuracyReport.cell(scores.figureRecall()),
          AccuracyReport.cell(scores.yearRecall()), (System.nanoTime() - started) / 1e9);
    }
    String header = "Last run: corpus-stats " + org.corpusstats.Version.current() + ", CoreNLP "
        + org.corpusstats.Version.coreNlp() + (coreNlp ? "" : " (CoreNLP's own pipeline not run: its columns repeat corpus-stats')") + ".";
    Path tmp = report.resolveSibling(report.getFileName() + ".tmp");
    Files.writeString(tmp, AccuracyReport.markdown(results, header) + "\n" + LinkScore.markdown(links),
        StandardCharsets.UTF_8);
    Files.move(tmp, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.println("wrote " + report + "; errors of the tuned-on texts in " + work.resolve("errors"));
  }
}

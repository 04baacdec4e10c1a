package org.corpusstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corpusstats.App;
import org.corpusstats.RunConfig;
import org.corpusstats.report.csv.CsvDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line's contract with the shell: exit codes and one-line messages, checked before any model loads. */
final class AnalyzeCommandTest {

  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The run's settings as the command line would pass them on, without running anything. */
  private static RunConfig config(String... args) {
    AnalyzeCommand command = new AnalyzeCommand();
    App.commandLine();
    new CommandLine(command).parseArgs(args);
    return command.config();
  }

  private int run(String... args) {
    CommandLine commandLine = App.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--input", "--output", "--no-bom", "--aliases", "--exclude");
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).contains("corpus-stats", "CoreNLP");
  }

  @Test
  void anUnknownValueIsAUsageErrorThatNamesTheChoices() {
    assertThat(run("--terms", "stems")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("'stems'", "token, lemma", "--help");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(run("--window", "chapter")).isEqualTo(ExitCode.USAGE);
    assertThat(run("--encoding", "klingon-8")).isEqualTo(ExitCode.USAGE);
    assertThat(run("--verbose", "--quiet")).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anUnknownEngineOrAMasterWithoutSparkIsAUsageError() {
    assertThat(run("--engine", "hadoop")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("local or spark");
    assertThat(run("--master", "local[2]")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--engine spark");
    assertThat(run("--input", "hdfs://namenode/corpus")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("hdfs://namenode/corpus", "--engine spark");
  }

  @Test
  void aSemicolonDelimiterBringsADecimalCommaUnlessADecimalIsGiven() {
    assertThat(config().csv()).isEqualTo(CsvDialect.DEFAULT);
    assertThat(config("--delimiter", ";").csv()).isEqualTo(new CsvDialect(';', ','));
    assertThat(config("--delimiter", ";", "--decimal", ".").csv()).isEqualTo(new CsvDialect(';', '.'));
    assertThat(config("--delimiter", "tab").csv()).isEqualTo(new CsvDialect('\t', '.'));
    assertThat(config("--delimiter", "\\t", "--decimal", ",").csv()).isEqualTo(new CsvDialect('\t', ','));
  }

  @Test
  void anUnknownDelimiterOrDecimalMarkIsAUsageErrorThatNamesTheChoices() {
    assertThat(run("--delimiter", "|")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("'|'", "',', ';', tab", "--help");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(run("--decimal", "·")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("'·'", "'.', ','");
  }

  @Test
  void aDecimalCommaBetweenCommasIsAUsageError() {
    assertThat(run("--decimal", ",")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--decimal ','", "--delimiter ';'");
  }

  @Test
  void aMissingInputIsOneLineNamingThePath() {
    Path missing = folder.resolve("nowhere");

    int code = run("--input", missing.toString(), "--output", folder.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString().strip()).startsWith("corpus-stats: ").contains(missing.toString()).doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void anOutputFolderWithOtherFilesIsRefusedAndLeftAlone() throws IOException {
    Path input = Files.writeString(folder.resolve("chapter.txt"), "Some text here, long enough.");
    Path output = Files.createDirectories(folder.resolve("home"));
    Files.writeString(output.resolve("letter.txt"), "keep me");

    int code = run("--input", input.toString(), "--output", output.toString());

    assertThat(code).isEqualTo(ExitCode.BAD_OUTPUT);
    assertThat(err.toString()).contains(output.toString(), "did not write");
    assertThat(output.resolve("letter.txt")).hasContent("keep me");
  }
}

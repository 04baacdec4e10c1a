package org.corpusstats;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

import org.corpusstats.report.csv.CsvDialect;
import org.corpusstats.stats.StatsOptions;

/**
 * Everything one run needs, validated by the command line before the pipeline starts.
 *
 * @param aliases    optional alias file, or null
 * @param exclusions optional exclusion file, or null
 * @param threads    annotation threads, at least 1
 * @param cache      folder of the annotation cache, or null for none
 * @param skipBad    leave out input files that cannot be used, instead of stopping
 * @param csv        field separator and decimal mark of the CSV files
 * @param reference  what keywords.csv compares the corpus with: a folder or file of .txt, a term,count CSV, or null
 * @param link       link entities to Wikipedia pages through the WikiDict index (built once in the user's cache)
 */
public record RunConfig(Path input, Path output, Charset encoding, boolean dropFurniture, Path aliases,
                        Path exclusions, boolean byteOrderMark, boolean verbose, boolean quiet, StatsOptions stats,
                        int threads, Path cache, boolean skipBad, CsvDialect csv, Path reference,
                        boolean link) {
  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(csv, "csv");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** Without a reference corpus and without links: what a program gets unless it asks. */
  public RunConfig(Path input, Path output, Charset encoding, boolean dropFurniture, Path aliases, Path exclusions,
                   boolean byteOrderMark, boolean verbose, boolean quiet, StatsOptions stats, int threads, Path cache,
                   boolean skipBad, CsvDialect csv) {
    this(input, output, encoding, dropFurniture, aliases, exclusions, byteOrderMark, verbose, quiet, stats, threads,
        cache, skipBad, csv, null, false);
  }
}

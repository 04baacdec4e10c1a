package org.corpusstats.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.corpusstats.link.WikiDictIndex.Candidate;

/**
 * The numbers of issue 14 for the real WikiDict, run by bench/wikidict under /usr/bin/time -v (which adds the peak
 * RSS). {@code build FOLDER} builds the index into FOLDER (must have none), then opens it and times lookups;
 * {@code open FOLDER} is the later run's cost: opens the index FOLDER already holds, in a new JVM, and times lookups.
 */
public final class WikiDictBench {

  private static final int LOOKUPS = 100_000;

  private WikiDictBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !List.of("build", "open").contains(args[0])) {
      System.err.println("usage: WikiDictBench build|open FOLDER");
      System.exit(2);
    }
    Path folder = Path.of(args[1]);
    WikiDictSource source = WikiDictSource.classpath();
    Path file = WikiDictIndex.indexFile(folder, source);
    if (args[0].equals("build")) {
      if (Files.exists(file)) {
        throw new IllegalStateException(file + " exists; build needs a folder without an index");
      }
      long start = System.nanoTime();
      WikiDictBuilder.Report report;
      try (InputStream in = source.opener().open()) {
        report = WikiDictBuilder.build(in, file, line -> System.out.println("  " + line));
      }
      print("build_seconds", (System.nanoTime() - start) / 1e9);
      print("lines", report.lines());
      print("malformed_lines", report.malformedLines());
      print("noise_lines", report.noiseLines());
      print("surfaces_after_noise", report.surfaces());
      print("surfaces_kept", report.keptSurfaces());
      print("pages", report.pages());
      print("kept_surfaces_where_last_line_is_not_best", report.lastLineNotBest());
      print("index_mb", report.bytes() / 1048576.0);
    }
    long start = System.nanoTime();
    WikiDictIndex index = WikiDictIndex.openOrBuild(folder, source, line -> {
      throw new IllegalStateException("the index should exist: " + line);
    });
    print("open_ms", (System.nanoTime() - start) / 1e6);
    lookups(index);
    for (String surface : List.of("Trotsky", "USSR", "Bush", "Powell", "Clarke", "Stalin", "Lenin", "trotsky",
        "Soviet Union", "the Soviet Union", "Moscow", "Bolsheviks")) {
      Optional<Candidate> candidate = index.lookup(surface);
      System.out.println("  " + surface + " -> " + candidate.map(Candidate::toString).orElse("(none)"));
    }
  }

  /** Half hits sampled across the whole index, half misses that share their partition's neighbourhood. */
  private static void lookups(WikiDictIndex index) {
    Random random = new Random(14);
    List<String> queries = new ArrayList<>(LOOKUPS);
    for (int i = 0; i < LOOKUPS / 2; i++) {
      String surface = index.surfaceAt(random.nextInt(index.size()));
      queries.add(surface);
      queries.add(surface + " x");
    }
    for (String pass : List.of("first", "second")) {
      int hits = 0;
      long start = System.nanoTime();
      for (String query : queries) {
        hits += index.lookup(query).isPresent() ? 1 : 0;
      }
      double ms = (System.nanoTime() - start) / 1e6;
      print("lookups_100k_" + pass + "_pass_ms", ms);
      print("lookups_100k_" + pass + "_pass_hits", hits);
    }
  }

  private static void print(String name, Object value) {
    String text = value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value.toString();
    System.out.println(name + " " + text);
  }
}

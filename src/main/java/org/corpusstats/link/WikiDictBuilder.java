package org.corpusstats.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.corpusstats.io.AtomicFiles;

/**
 * Builds the index file ({@link IndexFormat}) from the gzipped WikiDict in bounded memory. The WikiDict is grouped by
 * page, not by surface, so one pass spreads its lines over partition files by a hash of the surface, dropping noise
 * ({@link NoiseFilter}) and numbering pages as they come; then each partition in turn is grouped by surface in memory
 * and written out sorted. The heap holds one partition (about 1/64 of the WikiDict) and two int arrays (an offset
 * per page and per kept surface). The partition files live in a temporary folder next to the index and are deleted
 * afterwards, also on failure; the index itself goes through {@link AtomicFiles}, so no half-written file remains.
 */
final class WikiDictBuilder {

  static final int PARTITIONS = 64;
  /** Surfaces whose best page scores less are left out; linking applies its own, higher floor. */
  static final double MIN_BEST_SCORE = 0.05;

  /** What a build read and kept. */
  record Report(long lines, long malformedLines, long noiseLines, long surfaces, int keptSurfaces, int pages,
      int lastLineNotBest, long bytes) {}

  private final IntList pageOffsets = new IntList();
  private final IntList recordOffsets = new IntList();
  private final int partitions;
  private final long[] partitionLines;
  private final Consumer<String> progress;
  private long lines;
  private long malformed;
  private long noise;
  private long surfaces;
  private int lastLineNotBest;

  private WikiDictBuilder(int partitions, Consumer<String> progress) {
    this.partitions = partitions;
    this.partitionLines = new long[partitions];
    this.progress = progress;
  }

  static Report build(InputStream gz, Path target, Consumer<String> progress) throws IOException {
    return build(gz, target, PARTITIONS, progress);
  }

  static Report build(InputStream gz, Path target, int partitions, Consumer<String> progress) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path work = Files.createTempDirectory(folder, ".wikidict-build");
    try {
      WikiDictBuilder builder = new WikiDictBuilder(partitions, progress);
      Path pageFile = work.resolve("pages");
      builder.spread(gz, work, pageFile);
      AtomicFiles.writeStream(target, out -> builder.write(out, work, pageFile));
      return builder.report(Files.size(target));
    } finally {
      try (Stream<Path> files = Files.list(work)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(work);
    }
  }

  private static Path partitionFile(Path work, int p) {
    return work.resolve("part-" + p);
  }

  /** Pass one: every kept line to its surface's partition as (surface, page id, score). */
  private void spread(InputStream gz, Path work, Path pageFile) throws IOException {
    DataOutputStream[] parts = new DataOutputStream[partitions];
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
        StandardCharsets.UTF_8), 1 << 16); OutputStream pages = new BufferedOutputStream(Files.newOutputStream(
            pageFile), 1 << 16)) {
      for (int p = 0; p < partitions; p++) {
        parts[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partitionFile(work, p)),
            1 << 15));
      }
      String page = null;
      String previousSurface = null;
      int pageBytes = 0;
      pageOffsets.add(0);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (++lines % 5_000_000 == 0) {
          progress.accept(String.format("WikiDict index: %,d lines read", lines));
        }
        int tab1 = line.indexOf('\t');
        int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
        double score;
        try {
          score = tab2 < 0 ? Double.NaN : Double.parseDouble(line.substring(tab2 + 1));
        } catch (NumberFormatException e) {
          score = Double.NaN;
        }
        if (!(score >= 0 && score <= 1)) {
          malformed++;
          continue;
        }
        String surface = line.substring(0, tab1);
        String linePage = line.substring(tab1 + 1, tab2);
        if (NoiseFilter.isNoise(surface, linePage)) {
          noise++;
          continue;
        }
        if (!linePage.equals(page)) {
          // The file is grouped by page, so a page gets one number; were it not, a repeat only costs a copy.
          page = linePage;
          previousSurface = null;
          byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
          pages.write(bytes);
          pageBytes = Math.addExact(pageBytes, bytes.length);
          pageOffsets.add(pageBytes);
        } else if (surface.equals(previousSurface)) {
          continue; // the same line twice
        }
        previousSurface = surface;
        int p = IndexFormat.partition(surface, partitions);
        partitionLines[p]++;
        DataOutputStream part = parts[p];
        part.writeUTF(surface);
        part.writeInt(pageOffsets.size() - 2);
        part.writeInt(IndexFormat.micros(score));
      }
    } finally {
      for (DataOutputStream part : parts) {
        if (part != null) {
          part.close();
        }
      }
    }
  }

  /** Pass two and the rest of the file, in {@link IndexFormat}'s order. */
  private void write(OutputStream target, Path work, Path pageFile) throws IOException {
    CountingOutputStream counted = new CountingOutputStream(new BufferedOutputStream(target, 1 << 16));
    DataOutputStream out = new DataOutputStream(counted);
    long[] starts = new long[5];
    int[] partitionStarts = new int[partitions + 1];
    out.write(IndexFormat.HEADER);
    starts[0] = counted.count;
    for (int p = 0; p < partitions; p++) {
      partitionStarts[p] = recordOffsets.size();
      writePartition(partitionFile(work, p), partitionLines[p], out, counted, starts[0]);
      Files.delete(partitionFile(work, p));
      if ((p + 1) % 16 == 0) {
        progress.accept(String.format("WikiDict index: %d of %d partitions written", p + 1, partitions));
      }
    }
    partitionStarts[partitions] = recordOffsets.size();
    starts[1] = counted.count;
    Files.copy(pageFile, out);
    starts[2] = counted.count;
    for (int i = 0; i < pageOffsets.size(); i++) {
      out.writeInt(pageOffsets.get(i));
    }
    starts[3] = counted.count;
    for (int i = 0; i < recordOffsets.size(); i++) {
      out.writeInt(recordOffsets.get(i));
    }
    starts[4] = counted.count;
    for (int start : partitionStarts) {
      out.writeInt(start);
    }
    for (long start : starts) {
      out.writeLong(start);
    }
    out.writeInt(pageOffsets.size() - 1);
    out.writeInt(recordOffsets.size());
    out.writeInt(partitions);
    out.writeInt(IndexFormat.FORMAT);
    out.write(IndexFormat.END);
    out.flush();
  }

  /** One surface's pages so far. */
  private static final class Pages {
    int best;
    int bestScore = -1;
    int secondScore;
    int count;
    int last;

    void add(int page, int score) {
      count++;
      last = page;
      if (score > bestScore) {
        secondScore = Math.max(bestScore, 0);
        bestScore = score;
        best = page;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
  }

  private void writePartition(Path file, long lines, DataOutputStream out, CountingOutputStream counted,
      long dataStart) throws IOException {
    Map<String, Pages> bySurface = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (long i = 0; i < lines; i++) {
        String surface = in.readUTF();
        int page = in.readInt();
        int score = in.readInt();
        bySurface.computeIfAbsent(surface, s -> new Pages()).add(page, score);
      }
    }
    surfaces += bySurface.size();
    int floor = IndexFormat.micros(MIN_BEST_SCORE);
    List<Map.Entry<byte[], Pages>> kept = new ArrayList<>();
    bySurface.forEach((surface, pages) -> {
      if (pages.bestScore >= floor) {
        kept.add(Map.entry(surface.getBytes(StandardCharsets.UTF_8), pages));
      }
    });
    kept.sort(Comparator.comparing(Map.Entry::getKey, Arrays::compareUnsigned));
    for (Map.Entry<byte[], Pages> entry : kept) {
      long offset = counted.count - dataStart;
      if (offset > Integer.MAX_VALUE) {
        throw new IOException("the WikiDict's records pass 2 GB, more than this index format holds");
      }
      recordOffsets.add((int) offset);
      Pages pages = entry.getValue();
      lastLineNotBest += pages.last != pages.best ? 1 : 0;
      out.writeByte(entry.getKey().length);
      out.write(entry.getKey());
      out.writeInt(pages.best);
      out.writeInt(pages.bestScore);
      out.writeInt(pages.secondScore);
      out.writeInt(pages.count);
    }
  }

  private Report report(long bytes) {
    return new Report(lines, malformed, noise, surfaces, recordOffsets.size(), pageOffsets.size() - 1,
        lastLineNotBest, bytes);
  }
}

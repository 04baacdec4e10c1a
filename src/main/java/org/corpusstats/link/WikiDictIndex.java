package org.corpusstats.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * CoreNLP's WikiDict (surface -> Wikipedia page, with P(page | surface)) as an indexed file in the cache folder:
 * built once from the models-english-kbp jar (about 2 minutes), then opened in milliseconds with nothing loaded on
 * the heap, where CoreNLP's {@code entitylink} reads the whole dictionary into a HashMap (about 112 s and 6.6 GB)
 * on every run. Safe for concurrent lookups.
 *
 * <p>A lookup is a binary search with positional reads, not a memory mapping: every page of a mapping a search
 * touches (and the kernel maps its neighbours too) stays in the process's resident memory, which on a book's
 * thousands of names added about 240 MB to the peak; read this way the file stays in the page cache, shared and
 * reclaimable, and a lookup costs a few dozen reads of a few bytes.
 *
 * <p>Lookups are by the exact surface: no case folding, trimming or Unicode normalisation, as CoreNLP's
 * WikidictAnnotator does by default ({@code entitylink.caseless=false}: it looks the mention's original text up in a
 * HashMap of the file's surfaces). Where a surface has several pages, CoreNLP keeps whichever line comes last in the
 * file (a {@code put} per line); this index keeps the page with the highest score, and says how close the second was.
 */
public final class WikiDictIndex {

  /**
   * The best page for a surface.
   *
   * @param page the Wikipedia page title, with underscores ({@code Leon_Trotsky})
   * @param score P(page | surface) as the WikiDict gives it
   * @param secondScore the score of the surface's second-best page, 0 when it has one page
   * @param pages how many pages the WikiDict links the surface to (noise lines not counted)
   *     <p>The KBP WikiDict that CoreNLP 4.5.10 ships has already been cut to one page per surface, each scoring
   *     at least 0.2, so with it {@code pages} is always 1 and {@code secondScore} 0; {@code 1 - score} still
   *     bounds what any other page could score.
   */
  public record Candidate(String page, double score, double secondScore, int pages) {}

  private final FileSection records;
  private final FileSection pageBytes;
  private final FileSection pageOffsets;
  private final FileSection recordOffsets;
  private final FileSection partitionStarts;
  private final int partitions;
  private final int size;

  private WikiDictIndex(FileSection[] sections, int partitions, int size) {
    this.records = sections[0];
    this.pageBytes = sections[1];
    this.pageOffsets = sections[2];
    this.recordOffsets = sections[3];
    this.partitionStarts = sections[4];
    this.partitions = partitions;
    this.size = size;
  }

  /**
   * A stretch of the index file, read with positional reads. The channel stays open as long as the index is used
   * (a run); the JDK closes it with the process.
   */
  private record FileSection(FileChannel channel, long start, long length) {

    byte[] get(long at, int count) {
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(count, length - at)));
      try {
        while (buffer.hasRemaining()) {
          if (channel.read(buffer, start + at + buffer.position()) < 0) {
            throw new IOException("the index file ended early");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the WikiDict index: " + e.getMessage(), e);
      }
      return buffer.array();
    }

    int getInt(long at) {
      return ByteBuffer.wrap(get(at, 4)).getInt();
    }

    int get(long at) {
      return get(at, 1)[0] & 0xff;
    }
  }

  /** The index of the WikiDict in the models-english-kbp jar, built first if {@code cacheFolder} has none. */
  public static WikiDictIndex openOrBuild(Path cacheFolder, Consumer<String> progress) {
    return openOrBuild(cacheFolder, WikiDictSource.classpath(), progress);
  }

  public static WikiDictIndex openOrBuild(Path cacheFolder, WikiDictSource source, Consumer<String> progress) {
    Path file = indexFile(cacheFolder, source);
    try {
      try {
        return open(file);
      } catch (NoSuchFileException e) {
        progress.accept("Building the WikiDict index " + file + " (once; about 2 minutes)");
      } catch (CorruptIndexException e) {
        progress.accept("Rebuilding the WikiDict index " + file + ": " + e.getMessage());
      }
      long start = System.nanoTime();
      try (var in = source.opener().open()) {
        WikiDictBuilder.Report report = WikiDictBuilder.build(in, file, progress);
        progress.accept(String.format("WikiDict index built in %.0f s: %,d surfaces of %,d lines, %,d MB",
            (System.nanoTime() - start) / 1e9, report.keptSurfaces(), report.lines(), report.bytes() >> 20));
      }
      return open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build or open the WikiDict index " + file + ": " + e.getMessage()
          + " (deleting the file makes the next run build it again)", e);
    }
  }

  public static Path indexFile(Path cacheFolder, WikiDictSource source) {
    return cacheFolder.resolve("wikidict").resolve(IndexFormat.fileName(source));
  }

  /** Opens a complete index file; a truncated or foreign one raises {@link CorruptIndexException}. */
  static WikiDictIndex open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      long length = channel.size();
      if (length < IndexFormat.HEADER.length + IndexFormat.FOOTER_BYTES) {
        throw new CorruptIndexException("only " + length + " bytes");
      }
      ByteBuffer header = ByteBuffer.allocate(IndexFormat.HEADER.length);
      channel.read(header, 0);
      ByteBuffer footer = ByteBuffer.allocate(IndexFormat.FOOTER_BYTES);
      long footerStart = length - IndexFormat.FOOTER_BYTES;
      channel.read(footer, footerStart);
      footer.flip();
      long[] starts = new long[6];
      for (int i = 0; i < 5; i++) {
        starts[i] = footer.getLong();
      }
      starts[5] = footerStart;
      int pages = footer.getInt();
      int size = footer.getInt();
      int partitions = footer.getInt();
      int format = footer.getInt();
      byte[] end = new byte[IndexFormat.END.length];
      footer.get(end);
      if (!Arrays.equals(header.array(), IndexFormat.HEADER) || !Arrays.equals(end, IndexFormat.END)) {
        throw new CorruptIndexException("no index header or footer (truncated or not an index)");
      }
      if (format != IndexFormat.FORMAT) {
        throw new CorruptIndexException("format " + format + ", expected " + IndexFormat.FORMAT);
      }
      if (starts[0] != IndexFormat.HEADER.length || starts[1] < starts[0] || starts[2] < starts[1]
          || pages < 0 || size < 0 || partitions < 1 || starts[3] - starts[2] != 4L * (pages + 1)
          || starts[4] - starts[3] != 4L * size || starts[5] - starts[4] != 4L * (partitions + 1)) {
        throw new CorruptIndexException("its sections do not add up");
      }
      FileSection[] sections = new FileSection[5];
      for (int i = 0; i < 5; i++) {
        long bytes = starts[i + 1] - starts[i];
        if (bytes < 0 || bytes > Integer.MAX_VALUE) {
          throw new CorruptIndexException("section " + i + " has " + bytes + " bytes");
        }
        sections[i] = new FileSection(channel, starts[i], bytes);
      }
      if (sections[4].getInt(4 * partitions) != size) {
        throw new CorruptIndexException("its partitions do not end at its last record");
      }
      return new WikiDictIndex(sections, partitions, size);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The best page for exactly this surface (see the class comment on case), if the WikiDict has one. */
  public Optional<Candidate> lookup(String surface) {
    if (surface.isEmpty() || surface.length() > NoiseFilter.MAX_SURFACE_LENGTH) {
      return Optional.empty();
    }
    byte[] key = surface.getBytes(StandardCharsets.UTF_8);
    int p = IndexFormat.partition(surface, partitions);
    int low = partitionStarts.getInt(4 * p);
    int high = partitionStarts.getInt(4 * (p + 1)) - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int record = recordOffsets.getInt(4L * middle);
      int order = compare(record, key);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return Optional.of(candidate(record));
      }
    }
    return Optional.empty();
  }

  /** How many surfaces the index holds. */
  public int size() {
    return size;
  }

  /** The surface of the i-th record, in partition and byte order: for tests and the benchmark's sample. */
  String surfaceAt(int i) {
    int record = recordOffsets.getInt(4L * i);
    return new String(records.get(record + 1, records.get(record)), StandardCharsets.UTF_8);
  }

  private int compare(int record, byte[] key) {
    // The length byte and as many of the surface's bytes as the key has, in one read.
    byte[] head = records.get(record, 1 + key.length);
    int length = head[0] & 0xff;
    int common = Math.min(length, key.length);
    for (int i = 0; i < common; i++) {
      int order = Integer.compare(head[1 + i] & 0xff, key[i] & 0xff);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(length, key.length);
  }

  private Candidate candidate(int record) {
    int tail = record + 1 + records.get(record);
    ByteBuffer fields = ByteBuffer.wrap(records.get(tail, 16));
    int page = fields.getInt(0);
    int from = pageOffsets.getInt(4L * page);
    byte[] title = pageBytes.get(from, pageOffsets.getInt(4L * (page + 1)) - from);
    return new Candidate(new String(title, StandardCharsets.UTF_8), IndexFormat.score(fields.getInt(4)),
        IndexFormat.score(fields.getInt(8)), fields.getInt(12));
  }

  /** The index file is there but cannot be used; it is rebuilt. */
  static final class CorruptIndexException extends IOException {
    CorruptIndexException(String message) {
      super(message);
    }
  }
}

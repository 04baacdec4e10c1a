package org.corpusstats.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.corpusstats.extract.DocumentAnalysis;
import org.corpusstats.extract.Mention;
import org.corpusstats.report.csv.CsvTable;

/**
 * kwic.csv: every mention of every top entity in context. The keyword is the document text at the mention's
 * offsets; the context crosses sentence and paragraph boundaries (a concordance reads as running text) but never
 * leaves the document. Whitespace runs, newlines included, become one space.
 */
final class Concordance {

  static final String FILE = "kwic.csv";
  /** Characters of context taken on each side, before whitespace is collapsed. */
  static final int CONTEXT = 60;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** One line of kwic.csv, for the top entity of rank {@code entity}. */
  record Line(int entity, String document, int section, int sentence, String left, String keyword, String right,
              int charBegin, int charEnd) implements Serializable {}

  /** One document's lines: by entity rank, then by position in the text. */
  static List<Line> lines(DocumentAnalysis document, TopItems top) {
    Map<EntityKey, Integer> rank = new HashMap<>();
    top.entities().forEach(entity -> rank.put(entity, rank.size()));
    List<Mention> mentions = new ArrayList<>();
    for (Mention mention : document.mentions()) {
      if (rank.containsKey(EntityKey.of(mention))) {
        mentions.add(mention);
      }
    }
    // A stable sort: mentions at the same offsets keep the document's order.
    mentions.sort(Comparator.comparingInt((Mention m) -> rank.get(EntityKey.of(m)))
        .thenComparingInt(Mention::charBegin).thenComparingInt(Mention::charEnd));
    String text = document.text();
    List<Line> lines = new ArrayList<>();
    for (Mention m : mentions) {
      lines.add(new Line(rank.get(EntityKey.of(m)), document.document(), m.sectionIndex(), m.sentence(),
          left(text, m.charBegin()), text.substring(m.charBegin(), m.charEnd()), right(text, m.charEnd()),
          m.charBegin(), m.charEnd()));
    }
    return lines;
  }

  /** Every line of the first entity in corpus order, then the second's, and so on. */
  CsvTable csv(TopItems top, TopItemCounts counts) {
    CsvTable.Builder table = CsvTable.builder(FILE, "item", "document", "section", "sentence", "left", "keyword",
        "right", "char_begin", "char_end", "type");
    List<EntityKey> entities = top.entities();
    List<List<Line>> byDocument = counts.lines();
    for (int rank = 0; rank < entities.size(); rank++) {
      EntityKey entity = entities.get(rank);
      for (List<Line> lines : byDocument) {
        for (Line line : lines) {
          if (line.entity() == rank) {
            table.row(entity.name(), line.document(), line.section(), line.sentence(), line.left(),
                line.keyword(), line.right(), line.charBegin(), line.charEnd(), entity.type());
          }
        }
      }
    }
    return table.build();
  }

  /** Up to {@link #CONTEXT} characters before {@code begin}, a word cut at the outer edge dropped. */
  static String left(String text, int begin) {
    int start = Math.max(0, begin - CONTEXT);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    String context = text.substring(start, begin);
    if (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
      int space = indexOfWhitespace(context);
      context = space < 0 ? "" : context.substring(space);
    }
    return collapse(context).stripLeading();
  }

  /** Up to {@link #CONTEXT} characters after {@code end}, a word cut at the outer edge dropped. */
  static String right(String text, int end) {
    int stop = Math.min(text.length(), end + CONTEXT);
    if (stop < text.length() && Character.isLowSurrogate(text.charAt(stop))) {
      stop--;
    }
    String context = text.substring(end, stop);
    if (stop < text.length() && isWordChar(text.charAt(stop - 1)) && isWordChar(text.charAt(stop))) {
      int space = lastIndexOfWhitespace(context);
      context = space < 0 ? "" : context.substring(0, space);
    }
    return collapse(context).stripTrailing();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOfWhitespace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String collapse(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ");
  }
}

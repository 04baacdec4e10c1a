package org.corpusstats.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.corpusstats.extract.CorpusAnalysis;
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

  CsvTable csv(CorpusAnalysis corpus, TopItems top) {
    CsvTable.Builder table = CsvTable.builder(FILE, "item", "document", "section", "sentence", "left", "keyword",
        "right", "char_begin", "char_end", "type");
    for (EntityKey entity : top.entities()) {
      for (DocumentAnalysis document : corpus.documents()) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : document.mentions()) {
          if (EntityKey.of(mention).equals(entity)) {
            mentions.add(mention);
          }
        }
        mentions.sort(Comparator.comparingInt(Mention::charBegin).thenComparingInt(Mention::charEnd));
        String text = document.text();
        for (Mention m : mentions) {
          table.row(entity.name(), document.document(), m.sectionIndex(), m.sentence(),
              left(text, m.charBegin()), text.substring(m.charBegin(), m.charEnd()), right(text, m.charEnd()),
              m.charBegin(), m.charEnd(), entity.type());
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

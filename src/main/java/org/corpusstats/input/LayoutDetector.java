package org.corpusstats.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.corpusstats.input.DocumentLayout.DroppedLine;
import org.corpusstats.input.DocumentLayout.Heading;
import org.corpusstats.input.DocumentLayout.Paragraph;

/**
 * Finds page furniture, the title, section headings and paragraphs in plain text.
 *
 * <p>Furniture is told from text by shape, as boilerplate removers such as jusText do, not by a list of words:
 * a prose block has several words and ends a sentence; everything after the last prose block is furniture
 * (share buttons, "read also" lists), and so is every block of two or more short lines before the first prose
 * block (search boxes, menus). A single short line before the prose is kept: it is the title or a byline.
 */
public final class LayoutDetector {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.,;:!…][\"'”’»)\\]]*$|[\"”’»]$");
  private static final int HEADING_MAX_WORDS = 12;
  private static final int HEADING_MAX_CHARS = 90;
  private static final int QUESTION_HEADING_MAX_WORDS = 8;
  /** Lines shorter than this inside a block are taken to be a paragraph wrapped by hand. */
  private static final int WRAPPED_LINE_MAX_CHARS = 100;

  private final boolean dropFurniture;

  public LayoutDetector(boolean dropFurniture) {
    this.dropFurniture = dropFurniture;
  }

  public DocumentLayout detect(String text) {
    List<Line> lines = Line.split(text);
    List<List<Line>> blocks = blocks(lines);
    char[] nlp = text.toCharArray();
    normaliseLineBreaks(nlp);
    separateTypedDashes(nlp);
    ordinarySpaces(nlp);

    List<DroppedLine> dropped = new ArrayList<>();
    List<List<Line>> kept = dropFurniture ? withoutFurniture(blocks, nlp, dropped) : blocks;

    String title = "";
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    boolean seenProse = false;
    for (List<Line> block : kept) {
      int start = 0;
      if (block.size() == 1 || headsBlock(block)) {
        Line first = block.get(0);
        boolean standalone = block.size() == 1;
        if (!seenProse && title.isEmpty() && isShort(first) && !isProse(first)) {
          title = first.trimmed();
          paragraphs.add(new Paragraph(paragraphs.size() + 1, first.begin(), first.end(), true));
          start = 1;
        } else if (isHeading(first, standalone)) {
          headings.add(new Heading(headings.size() + 1, first.trimmed(), first.begin(), first.end()));
          paragraphs.add(new Paragraph(paragraphs.size() + 1, first.begin(), first.end(), true));
          start = 1;
        }
      }
      List<Line> rest = block.subList(start, block.size());
      if (rest.isEmpty()) {
        continue;
      }
      seenProse = true;
      if (isWrappedParagraph(rest)) {
        for (Line line : rest.subList(0, rest.size() - 1)) {
          for (int i = line.end(); i < line.next(); i++) {
            nlp[i] = ' ';
          }
        }
        paragraphs.add(new Paragraph(paragraphs.size() + 1, rest.get(0).begin(), rest.get(rest.size() - 1).end(), false));
      } else {
        for (Line line : rest) {
          paragraphs.add(new Paragraph(paragraphs.size() + 1, line.begin(), line.end(), false));
        }
      }
    }
    return new DocumentLayout(new String(nlp), title, paragraphs, headings, dropped);
  }

  private static List<List<Line>> withoutFurniture(List<List<Line>> blocks, char[] nlp, List<DroppedLine> dropped) {
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (isProseBlock(blocks.get(i))) {
        firstProse = firstProse < 0 ? i : firstProse;
        lastProse = i;
      }
    }
    if (firstProse < 0) {
      return blocks;
    }
    List<List<Line>> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      List<Line> block = blocks.get(i);
      boolean menuBeforeText = i < firstProse && block.size() > 1;
      boolean afterText = i > lastProse;
      if (menuBeforeText || afterText) {
        for (Line line : block) {
          dropped.add(new DroppedLine(line.number(), line.trimmed()));
          for (int c = line.begin(); c < line.end(); c++) {
            nlp[c] = ' ';
          }
        }
      } else {
        kept.add(block);
      }
    }
    return kept;
  }

  private static List<List<Line>> blocks(List<Line> lines) {
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** CoreNLP breaks sentences at '\n': a CR before it becomes a space, a lone CR (old Mac files) a newline. */
  private static void normaliseLineBreaks(char[] nlp) {
    for (int i = 0; i < nlp.length; i++) {
      if (nlp[i] == '\r') {
        nlp[i] = (i + 1 < nlp.length && nlp[i + 1] == '\n') ? ' ' : '\n';
      } else if (nlp[i] == '\u2028' || nlp[i] == '\u2029' || nlp[i] == '\u0085') {
        nlp[i] = '\n';
      }
    }
  }

  /**
   * A dash typed as two hyphens between words ("it may last--forty-eight hours", the way Project Gutenberg and
   * typewritten sources write an em dash) becomes an em dash and a space. CoreNLP's number recogniser reads the
   * number after a glued "--" as part of a minus sign and tags no NUMBER there ("--48", "--thirty-six"); with the
   * dash spaced it does. Only between two letters or digits, so no space ever lands next to a quotation mark, whose
   * direction the quote annotator reads from the spaces around it.
   */
  private static void separateTypedDashes(char[] nlp) {
    for (int i = 1; i + 2 < nlp.length; i++) {
      if (nlp[i] == '-' && nlp[i + 1] == '-' && Character.isLetterOrDigit(nlp[i - 1])
          && Character.isLetterOrDigit(nlp[i + 2])) {
        nlp[i] = '\u2014';
        nlp[i + 1] = ' ';
      }
    }
  }

  /**
   * "5\u00A0million", "£6.5\u00A0billion": CoreNLP's tokenizer keeps a number and the word after a no-break space
   * as one token, which its number normaliser then reads as the number alone ("5"). A no-break or narrow space
   * separates words as a space does, so the NLP text has a space there (one character for one: offsets hold).
   */
  private static void ordinarySpaces(char[] nlp) {
    for (int i = 0; i < nlp.length; i++) {
      if (nlp[i] == '\u00A0' || nlp[i] == '\u2007' || nlp[i] == '\u202F') {
        nlp[i] = ' ';
      }
    }
  }

  static boolean isProse(Line line) {
    int words = line.words();
    return words >= 12 || (words >= 6 && SENTENCE_END.matcher(line.trimmed()).find());
  }

  /** A block of running text: enough words, and a sentence ends in it ("Close this search box." is not one). */
  private static boolean isProseBlock(List<Line> block) {
    int words = block.stream().mapToInt(Line::words).sum();
    boolean endsSentence = block.stream().anyMatch(line -> SENTENCE_END.matcher(line.trimmed()).find());
    return block.stream().anyMatch(LayoutDetector::isProse) || (words >= 8 && endsSentence);
  }

  private static boolean isShort(Line line) {
    return line.words() <= HEADING_MAX_WORDS && line.trimmed().length() <= HEADING_MAX_CHARS;
  }

  /**
   * A heading is a short line without closing punctuation that starts with a capital or a digit; a short
   * question stands as a heading only on a line of its own ("Did Trotsky lose?").
   */
  static boolean isHeading(Line line, boolean standalone) {
    String text = line.trimmed();
    if (!isShort(line) || text.isEmpty()) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || Character.isTitleCase(first))) {
      return false;
    }
    if (text.endsWith("?")) {
      return standalone && line.words() <= QUESTION_HEADING_MAX_WORDS;
    }
    return !CLOSING_PUNCTUATION.matcher(text).find();
  }

  /**
   * A short first line sits on top of the text below it ("The Revolution Betrayed" over a paragraph) rather than
   * starting a paragraph wrapped by hand, whose lines are all about as long.
   */
  private static boolean headsBlock(List<Line> block) {
    Line first = block.get(0);
    int firstLength = first.end() - first.begin();
    int nextLength = block.get(1).end() - block.get(1).begin();
    return isHeading(first, false) && (nextLength > WRAPPED_LINE_MAX_CHARS || firstLength < 0.6 * nextLength);
  }

  private static boolean isWrappedParagraph(List<Line> lines) {
    if (lines.size() < 2) {
      return false;
    }
    for (Line line : lines.subList(0, lines.size() - 1)) {
      if (line.end() - line.begin() > WRAPPED_LINE_MAX_CHARS) {
        return false;
      }
    }
    return true;
  }
}

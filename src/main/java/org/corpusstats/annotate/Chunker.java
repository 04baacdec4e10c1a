package org.corpusstats.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corpusstats.input.DocumentLayout;

/**
 * Cuts a document into chunks of whole sections for annotation in parallel. Statistical coreference compares
 * mention pairs, so its cost grows faster than the text: chunks make it cheaper as well as parallel. The cut
 * depends only on the text, never on the number of threads, so the output is the same whatever the thread count.
 * Coreference chains and CoreNLP's quote attribution do not cross chunk boundaries; sections rarely refer across.
 */
public final class Chunker {

  /**
   * About 750 tokens: a section or two. Long enough for coreference within a section; short enough that two cores
   * stay busy to the end of a chapter, and cheaper in all, as coreference's cost grows faster than the text. At
   * 8,000 the chapter had 5 chunks and its run took 1.2 s longer, with the same tables but for one quotation's
   * evidence, which coreference now finds.
   */
  public static final int TARGET_CHARS = 4_000;

  private final int targetChars;

  public Chunker(int targetChars) {
    this.targetChars = targetChars;
  }

  public List<Chunk> chunks(String document, DocumentLayout layout) {
    String text = layout.nlpText();
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    int last = 0;
    for (int boundary : boundaries(layout)) {
      if (boundary - last >= targetChars && text.length() - boundary >= targetChars / 2) {
        cuts.add(boundary);
        last = boundary;
      }
    }
    cuts.add(text.length());
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      chunks.add(new Chunk(document, i, cuts.get(i), cuts.get(i + 1), text));
    }
    return chunks;
  }

  /**
   * Section starts; inside a section four times the target or longer, paragraph starts too; inside a paragraph
   * four times the target or longer, sentence ends too.
   */
  private List<Integer> boundaries(DocumentLayout layout) {
    List<Integer> starts = new ArrayList<>();
    for (DocumentLayout.Heading heading : layout.headings()) {
      starts.add(heading.charBegin());
    }
    List<Integer> all = new ArrayList<>();
    int sectionStart = 0;
    List<Integer> sectionEnds = new ArrayList<>(starts);
    sectionEnds.add(layout.nlpText().length());
    for (int end : sectionEnds) {
      if (end - sectionStart >= 4 * targetChars) {
        for (DocumentLayout.Paragraph p : layout.paragraphs()) {
          if (p.charBegin() > sectionStart && p.charBegin() < end) {
            all.add(p.charBegin());
          }
        }
      }
      if (end < layout.nlpText().length()) {
        all.add(end);
      }
      sectionStart = end;
    }
    for (DocumentLayout.Paragraph p : layout.paragraphs()) {
      if (p.charEnd() - p.charBegin() >= 4 * targetChars) {
        all.addAll(sentenceEnds(layout.nlpText(), p.charBegin(), p.charEnd()));
      }
    }
    return all.stream().distinct().sorted().toList();
  }

  /** A full stop, question or exclamation mark, perhaps a closing quote or bracket, space, then a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "[.!?][\"'\u201D\u2019)]?\\s+(?=[\"\u201C\u2018(]?\\p{Lu})");

  /**
   * Where sentences end inside a paragraph too long for one chunk: text that lost its paragraph breaks (a scraped
   * page, a PDF's text, a speech as one line) would otherwise be one chunk however long, and one chunk's annotation
   * is held whole. Cautious, since no sentence splitter has run yet: only after a lower-case word of three or more
   * letters (never "Mr." or "J."), and never inside a quotation (its double quotes so far are balanced).
   */
  static List<Integer> sentenceEnds(String text, int begin, int end) {
    List<Integer> ends = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text).region(begin, end);
    int quotesOpen = 0;
    int counted = begin;
    while (m.find()) {
      for (int i = counted; i < m.start(); i++) {
        char c = text.charAt(i);
        quotesOpen += c == '\u201C' ? 1 : c == '\u201D' ? -1 : c == '"' ? (quotesOpen > 0 ? -1 : 1) : 0;
      }
      counted = m.start();
      if (quotesOpen <= 0 && endsALowerCaseWord(text, m.start())) {
        ends.add(m.end());
      }
    }
    return ends;
  }

  private static boolean endsALowerCaseWord(String text, int mark) {
    int letters = 0;
    int i = mark - 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
      letters++;
      i--;
    }
    return letters >= 3;
  }
}

package org.corpusstats.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

final class LayoutDetectorTest {

  private static final String SCRAPED = String.join("\n",
      "Menu",
      "Log in",
      "",
      "The Great Strike of 1926",
      "",
      "In May 1926 the General Council called out the miners' allies across the country, and millions stopped work.",
      "",
      "Nine days that shook Britain",
      "",
      "The government had prepared for months, and the strike collapsed when the council called it off.",
      "",
      "Related posts",
      "Share this",
      "Mastodon",
      "Email",
      "");

  @Test
  void dropsMenusBeforeTheTextAndEverythingAfterTheLastParagraph() {
    DocumentLayout layout = new LayoutDetector(true).detect(SCRAPED);

    assertThat(layout.dropped()).extracting(DocumentLayout.DroppedLine::text)
        .containsExactly("Menu", "Log in", "Related posts", "Share this", "Mastodon", "Email");
    assertThat(layout.nlpText()).doesNotContain("Menu", "Mastodon").contains("The Great Strike of 1926");
  }

  @Test
  void keepsEveryOffsetWhereTheFileHasIt() {
    DocumentLayout layout = new LayoutDetector(true).detect(SCRAPED);

    assertThat(layout.nlpText()).hasSameSizeAs(SCRAPED);
    int strike = SCRAPED.indexOf("In May 1926");
    assertThat(layout.nlpText().substring(strike, strike + 11)).isEqualTo("In May 1926");
  }

  @Test
  void findsTitleAndHeadingsAndNumbersSections() {
    DocumentLayout layout = new LayoutDetector(true).detect(SCRAPED);

    assertThat(layout.title()).isEqualTo("The Great Strike of 1926");
    assertThat(layout.headings()).extracting(DocumentLayout.Heading::text).containsExactly("Nine days that shook Britain");
    assertThat(layout.sectionAt(SCRAPED.indexOf("In May"))).isZero();
    assertThat(layout.sectionAt(SCRAPED.indexOf("The government"))).isEqualTo(1);
    assertThat(layout.sectionTitle(1)).isEqualTo("Nine days that shook Britain");
  }

  @Test
  void keepsFurnitureWhenAskedTo() {
    DocumentLayout layout = new LayoutDetector(false).detect(SCRAPED);

    assertThat(layout.dropped()).isEmpty();
    assertThat(layout.nlpText()).contains("Menu", "Mastodon");
  }

  @Test
  void joinsTheLinesOfAWrappedParagraphSoThatSentencesDoNotBreakAtThem() {
    String text = "A Title\n\nThe first line of a paragraph that was\nwrapped by hand at a short width, as\nplain-text books are.\n";
    DocumentLayout layout = new LayoutDetector(true).detect(text);

    assertThat(layout.paragraphs()).filteredOn(p -> !p.heading()).hasSize(1);
    assertThat(layout.nlpText()).contains("that was wrapped by hand at a short width, as plain-text");
  }

  @Test
  void aDashTypedAsTwoHyphensBetweenWordsIsSpacedForTheTaggerAndQuotesAreLeftAlone() {
    String text = "A Title\n\nIt may last--forty-eight hours--or more. \"Well--\" she began, \"--and then?\"\n";
    DocumentLayout layout = new LayoutDetector(true).detect(text);

    assertThat(layout.nlpText()).hasSameSizeAs(text)
        .contains("last\u2014 forty-eight hours\u2014 or more")
        .contains("\"Well--\" she began, \"--and then?\"");
  }

  @Test
  void treatsAHeadingOnTheLineRightAboveTextAsAHeading() {
    String text = "Title line\n\nFirst paragraph says something long enough to be prose, with an end.\n\n"
        + "A Heading Without Blank Line\nThe paragraph below the heading goes on for a while and then ends.\n";
    DocumentLayout layout = new LayoutDetector(true).detect(text);

    assertThat(layout.headings()).extracting(DocumentLayout.Heading::text).containsExactly("A Heading Without Blank Line");
    assertThat(layout.nlpText()).contains("Without Blank Line\nThe paragraph");
  }

  @Test
  void turnsWindowsLineEndingsIntoSpacesBeforeTheNewline() {
    String text = "Title\r\n\r\nOne paragraph with enough words to count as prose in this text.\r\n";
    DocumentLayout layout = new LayoutDetector(true).detect(text);

    assertThat(layout.nlpText()).doesNotContain("\r").hasSameSizeAs(text);
    assertThat(layout.title()).isEqualTo("Title");
  }

  @Test
  void sentenceEndingLinesAreNeverHeadings() {
    List<String> notHeadings = List.of("It is an image of uniformity.", "Trotsky explained how:", "He said, “No”");
    for (String line : notHeadings) {
      assertThat(LayoutDetector.isHeading(new Line(1, 0, line.length(), line.length(), line), true)).as(line).isFalse();
    }
    assertThat(LayoutDetector.isHeading(new Line(1, 0, 17, 17, "Did Trotsky lose?"), true)).isTrue();
    assertThat(LayoutDetector.isHeading(new Line(1, 0, 17, 17, "Did Trotsky lose?"), false)).isFalse();
  }
}

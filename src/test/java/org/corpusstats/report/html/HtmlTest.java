package org.corpusstats.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HtmlTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void aScriptTagInTheTextStaysText() {
    assertThat(Html.escape("<script>alert(\"x\" & 'y')</script>"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    assertThat(Html.escape("AT&amp;T")).isEqualTo("AT&amp;amp;T");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void lettersBeyondAsciiStayAsWritten() {
    assertThat(Html.escape("Łódź · café — “quoted”")).isEqualTo("Łódź · café — “quoted”");
  }

  @Test
  void percentEncodesFileNamesInLinks() {
    assertThat(Html.href("words.chapter 1#a?.csv")).isEqualTo("words.chapter%201%23a%3F.csv");
    assertThat(Html.href("words.Łódź.csv")).isEqualTo("words.%C5%81%C3%B3d%C5%BA.csv");
    assertThat(Html.href("charts/terms.png")).isEqualTo("charts/terms.png");
  }

  @Test
  void showsNumbersToThreePlacesAndIntegersWhole() {
    assertThat(Html.cell(0.772255)).isEqualTo("0.772");
    assertThat(Html.cell(61.0)).isEqualTo("61");
    assertThat(Html.cell(7)).isEqualTo("7");
    assertThat(Html.cell(Double.NaN)).isEmpty();
    assertThat(Html.cell(null)).isEmpty();
  }

  @Test
  void linksAWikipediaPageByItsTitleEncodedAndOpenedApart() {
    assertThat(Html.wikipedia("Joseph Stalin")).isEqualTo("<a href=\"https://en.wikipedia.org/wiki/Joseph_Stalin\""
        + " rel=\"noopener noreferrer\" target=\"_blank\">Joseph Stalin</a>");
    assertThat(Html.wikipedia("AT&T \"Bell\" Labs")).contains("wiki/AT%26T_%22Bell%22_Labs\"")
        .contains(">AT&amp;T &quot;Bell&quot; Labs</a>");
  }
}

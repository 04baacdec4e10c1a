package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/** A bare name the text also writes after a courtesy title is a person's, whatever NER took it for. */
final class TitledNamesTest {

  private final List<RawMention> mentions = new ArrayList<>();

  private void mention(String surface, String ner) {
    int begin = mentions.size() * 30;
    Mention m = new Mention("a.txt", 1, 0, "", 1, begin, begin + surface.length(), surface, ner, surface, 0, 1);
    mentions.add(new RawMention(m, Names.key(surface), ner));
  }

  @Test
  void aNameWrittenAfterATitleAsOftenAsNerTookItForAPlaceIsAPersons() {
    mention("Mr. Quill", "PERSON");
    mention("Mr. Quill", "PERSON");
    mention("Quill", "LOCATION");
    mention("Quill", "LOCATION");

    assertThat(PersonCues.titledNamesArePersons(mentions)).extracting(RawMention::nerType).containsOnly("PERSON");
  }

  @Test
  void aPlaceNamedMoreOftenThanAManOfThatNameStaysAPlace() {
    mention("Mr. Redfield", "PERSON");
    mention("Redfield", "CITY");
    mention("Redfield", "CITY");
    mention("Redfield", "CITY");

    assertThat(PersonCues.titledNamesArePersons(mentions)).extracting(RawMention::nerType)
        .containsExactly("PERSON", "CITY", "CITY", "CITY");
  }

  @Test
  void aPlaceNerFoundWithACourtesyTitleFirstIsTheTitledNameWithTheCapitalisedNounsAfterIt() {
    List<CoreLabel> sentence = labels("when Lord Mount Harkness , the Chairman", "WRB NNP NNP NNP , DT NNP");

    assertThat(Names.titledName(sentence, sentence.subList(1, 3))).extracting(CoreLabel::word)
        .containsExactly("Lord", "Mount", "Harkness");
  }

  @Test
  void aCourtesyTitleFoundAloneTakesTheCapitalisedNounsAfterIt() {
    List<CoreLabel> sentence = labels("my second visit to Miss Havelock .", "PRP$ JJ NN TO NNP NNP .");

    assertThat(Names.titledName(sentence, sentence.subList(4, 5))).extracting(CoreLabel::word)
        .containsExactly("Miss", "Havelock");
    assertThat(Names.titledName(sentence, sentence.subList(2, 3))).isNull();
  }

  private static List<CoreLabel> labels(String words, String tags) {
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    List<CoreLabel> labels = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      CoreLabel label = new CoreLabel();
      label.setWord(w[i]);
      label.setTag(t[i]);
      label.setIndex(i + 1);
      labels.add(label);
    }
    return labels;
  }
}

package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which mentions of CoreNLP's common-noun classes are concepts, entities or nothing: English's own signals. */
final class ConceptsTest {

  /** "word/TAG/lemma" tokens; the mention covers the tokens from {@code first}. */
  private static Concepts.Kind kind(String type, int first, String... tokens) {
    List<Token> parsed = new ArrayList<>();
    int offset = 0;
    for (String spec : tokens) {
      String[] f = spec.split("/");
      parsed.add(new Token(parsed.size(), f[0], f.length > 2 ? f[2] : f[0], f[1], type, offset,
          offset + f[0].length()));
      offset += f[0].length() + 1;
    }
    List<Token> covered = parsed.subList(first, parsed.size());
    String text = String.join(" ", covered.stream().map(Token::text).toList());
    Mention m = new Mention("a.txt", 1, 0, "", 1, covered.get(0).charBegin(),
        covered.get(covered.size() - 1).charEnd(), text, type, text, first, parsed.size());
    return Concepts.kind(new RawMention(m, text, type), covered);
  }

  @Test
  void aCommonNounOfAnEntityClassIsAConcept() {
    assertThat(kind("CAUSE_OF_DEATH", 1, "the/DT", "war/NN")).isEqualTo(Concepts.Kind.CONCEPT);
    assertThat(kind("TITLE", 1, "the/DT", "leader/NN")).isEqualTo(Concepts.Kind.CONCEPT);
    assertThat(kind("CRIMINAL_CHARGE", 0, "coercion/NN")).isEqualTo(Concepts.Kind.CONCEPT);
  }

  @Test
  void aTitleIsAConceptEvenCapitalised() {
    assertThat(kind("TITLE", 1, "the/DT", "President/NNP")).isEqualTo(Concepts.Kind.CONCEPT);
  }

  @Test
  void aCapitalisedWarOrChargeNamesAnEventAndStaysAnEntity() {
    assertThat(kind("CAUSE_OF_DEATH", 1, "the/DT", "Civil/NNP", "War/NNP")).isEqualTo(Concepts.Kind.ENTITY);
    assertThat(Concepts.entityType("CAUSE_OF_DEATH")).isEqualTo("EVENT");
  }

  @Test
  void aCapitalOnlyBecauseTheSentenceBeginsIsNoName() {
    assertThat(kind("CAUSE_OF_DEATH", 0, "War/NN", "broke/VBD")).isEqualTo(Concepts.Kind.CONCEPT);
  }

  @Test
  void aLowerCaseAdjectiveGivenANounClassIsDropped() {
    assertThat(kind("RELIGION", 1, "an/DT", "independent/JJ")).isEqualTo(Concepts.Kind.DROPPED);
  }

  @Test
  void aCapitalisedReligionStaysAnEntity() {
    assertThat(kind("RELIGION", 1, "a/DT", "Jewish/JJ")).isEqualTo(Concepts.Kind.ENTITY);
    assertThat(kind("RELIGION", 1, "of/IN", "Islam/NNP")).isEqualTo(Concepts.Kind.ENTITY);
  }

  @Test
  void otherClassesAreEntities() {
    assertThat(kind("PERSON", 0, "Trotsky/NNP")).isEqualTo(Concepts.Kind.ENTITY);
    assertThat(kind("IDEOLOGY", 0, "socialism/NN")).isEqualTo(Concepts.Kind.ENTITY);
  }

  @Test
  void conceptsGatherFormsUnderTheirLemmaMostMentionedFirst() {
    List<ConceptMention> mentions = List.of(
        new ConceptMention("a.txt", 1, "leader", "TITLE", "leaders"),
        new ConceptMention("a.txt", 2, "leader", "TITLE", "leader"),
        new ConceptMention("a.txt", 3, "leader", "TITLE", "leaders"),
        new ConceptMention("a.txt", 4, "war", "CAUSE_OF_DEATH", "war"));

    List<Concept> table = Concepts.table(mentions);

    assertThat(table).containsExactly(new Concept("leader", "TITLE", 3, List.of("leaders", "leader")),
        new Concept("war", "CAUSE_OF_DEATH", 1, List.of("war")));
  }
}

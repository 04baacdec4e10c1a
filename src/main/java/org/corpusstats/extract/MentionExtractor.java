package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Named-entity mentions from CoreNLP's NER, without pronouns (coref adds "he" and "his" as PERSON mentions),
 * and the aliases the text states itself.
 */
final class MentionExtractor {


  record Result(List<RawMention> mentions, List<EntityResolver.SameReferent> stated, List<ConceptMention> concepts,
                List<RoleMention> roles) {}

  Result extract(AnnotatedText doc) {
    List<RawMention> mentions = new ArrayList<>();
    List<EntityResolver.SameReferent> stated = new ArrayList<>();
    List<CoreSentence> sentences = doc.coreSentences();
    java.util.Set<String> titleWords = NotPersonNames.titleWords(doc);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = doc.sentence(s);
      List<RawMention> inSentence = new ArrayList<>();
      for (CoreEntityMention found : sentences.get(s).entityMentions()) {
        String ner = found.entityType();
        if (!Names.isEntityType(ner) || isPronoun(found)) {
          continue;
        }
        if (ner.equals("PERSON") && afterAnArticle(sentence, found.tokens().get(0).index() - 1)) {
          // English puts no article before a person's name: "the Kulak", "a Kutzer" are a class, a family, a title
          ner = "MISC";
        }
        List<CoreLabel> words = found.tokens();
        List<CoreLabel> titled = Names.titledName(sentences.get(s).tokens(), words);
        if (titled != null && isPlace(ner)) {
          // "a visit to Miss Havisham" with "Miss" taken for Mississippi: a courtesy title before a name is a person's;
          // "Lord Carlisle": so is a place after one, a peer named by his title's place
          ner = "PERSON";
          words = titled;
        }
        RawMention raw = raw(doc, sentence, words, ner);
        if (raw != null) {
          inSentence.add(raw);
        }
      }
      inSentence.sort(java.util.Comparator.comparingInt(m -> m.mention().charBegin()));
      inSentence = withoutCovered(inSentence);
      inSentence = SplitNames.join(doc, sentence, inSentence);
      inSentence = PersonCues.apply(doc, sentence, inSentence, titleWords);
      inSentence = Appositions.persons(doc, s, inSentence);
      inSentence.addAll(spelledOutAcronyms(doc, sentence, inSentence, stated));
      inSentence.sort(java.util.Comparator.comparingInt(m -> m.mention().charBegin()));
      StatedAliases.find(doc, inSentence, stated);
      mentions.addAll(inSentence);
    }
    Roles.Result withRoles = Roles.find(doc, Publications.retyped(doc,
        PlacesAlone.places(doc, SurnamesAlone.persons(doc, PersonCues.titledNamesArePersons(mentions)))));
    List<RawMention> entities = new ArrayList<>();
    List<ConceptMention> concepts = new ArrayList<>();
    for (RawMention m : withRoles.mentions()) {
      List<Token> tokens = doc.sentence(m.mention().sentence() - 1).tokens()
          .subList(m.mention().tokenBegin(), m.mention().tokenEnd());
      switch (Concepts.kind(m, tokens)) {
        case ENTITY -> entities.add(m.nerType().equals(Concepts.entityType(m.nerType())) ? m
            : new RawMention(m.mention(), m.key(), Concepts.entityType(m.nerType())));
        case CONCEPT -> concepts.add(Concepts.concept(m, tokens));
        case DROPPED -> { }
      }
    }
    return new Result(entities, stated, concepts, withRoles.roles());
  }

  private static boolean afterAnArticle(Sentence sentence, int first) {
    if (first == 0) {
      return false;
    }
    String before = sentence.tokens().get(first - 1).text().toLowerCase(java.util.Locale.ROOT);
    return before.equals("the") || before.equals("a") || before.equals("an");
  }

  /** A mention inside another (a title NER found on its own, now part of "General Verkhovsky") is dropped. */
  private static List<RawMention> withoutCovered(List<RawMention> sorted) {
    List<RawMention> kept = new ArrayList<>();
    for (RawMention m : sorted) {
      boolean covered = sorted.stream().anyMatch(o -> o != m && o.mention().charBegin() <= m.mention().charBegin()
          && m.mention().charEnd() <= o.mention().charEnd()
          && (o.mention().charEnd() - o.mention().charBegin() > m.mention().charEnd() - m.mention().charBegin()));
      // "Miss" (a place to NER, taken with the name after it) and "Havisham" (a person, taken with the title before
      // it) can both become "Miss Havisham": one mention
      boolean again = kept.stream().anyMatch(o -> o.mention().charBegin() == m.mention().charBegin()
          && o.mention().charEnd() == m.mention().charEnd());
      if (!covered && !again) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static RawMention raw(AnnotatedText doc, Sentence sentence, List<CoreLabel> tokens, String ner) {
    int first = tokens.get(0).index() - 1;
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    // "Mr. Bennet" and "Mrs. Bennet" are two people: a courtesy title stays with the name NER found after it.
    // Not when the word ends a longer title: "Attorney General John Ashcroft" is John Ashcroft, Attorney General.
    while (ner.equals("PERSON") && first > 0 && WordList.isCourtesyTitle(sentence.tokens().get(first - 1).text())
        && doc.slice(sentence.tokens().get(first - 1).charEnd(), begin).equals(" ")
        && !(first > 1 && sentence.tokens().get(first - 2).ner().equals("TITLE"))) {
      first--;
      begin = sentence.tokens().get(first).charBegin();
    }
    String surface = doc.slice(begin, end);
    // "interests-including", "Ridge-in": a hyphen standing for a dash glues the next word to the name
    end = begin + NameHyphens.nameLength(surface);
    int last = tokens.get(tokens.size() - 1).index() - 1;
    if (ner.equals("PERSON") && end == sentence.tokens().get(last).charEnd()) {
      last = withGenerationalSuffix(sentence.tokens(), last);
      end = sentence.tokens().get(last).charEnd();
      if (WordList.isGenerationalSuffix(sentence.tokens().get(last).text()) && end < doc.text().length()
          && doc.text().charAt(end) == '.') {
        end++; // a sentence that ends on "Jr." has the tokeniser give its full stop to the sentence
      }
    }
    surface = doc.slice(begin, end);
    String key = Names.key(surface);
    if (key.isEmpty() || key.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    Mention mention = new Mention(doc.name(), sentence.index(), sentence.sectionIndex(), sentence.section(),
        sentence.paragraph(), begin, end, surface, ner, key, first, last + 1);
    return new RawMention(mention, key, ner);
  }

  /** "Martin Lund, Jr.", "Arthur Blom Sr.": NER leaves the suffix out of the name it belongs to. */
  private static int withGenerationalSuffix(List<Token> tokens, int last) {
    int next = last + 1 < tokens.size() && tokens.get(last + 1).text().equals(",") ? last + 2 : last + 1;
    return next < tokens.size() && WordList.isGenerationalSuffix(tokens.get(next).text()) ? next : last;
  }

  private static boolean isPronoun(CoreEntityMention mention) {
    return mention.tokens().stream().allMatch(t -> t.tag() != null && (t.tag().startsWith("PRP")
        || t.tag().startsWith("WP") || t.tag().equals("DT") || Names.isPronoun(t.word())));
  }

  /**
   * "the New Economic Policy (NEP)": an acronym in brackets whose letters are the initials of the capitalised
   * words just before it names the same entity. NER often tags neither on first use, so both become mentions,
   * typed as whichever of them NER did tag (else MISC).
   */
  private static List<RawMention> spelledOutAcronyms(AnnotatedText doc, Sentence sentence, List<RawMention> found,
                                                     List<EntityResolver.SameReferent> stated) {
    List<RawMention> added = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int open = 1; open + 2 < tokens.size(); open++) {
      String letters = tokens.get(open + 1).text();
      if (!tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")
          || !letters.matches("\\p{Lu}{2,8}")) {
        continue;
      }
      int first = firstOfLongForm(tokens, open, letters);
      if (first < 0) {
        personInitials(doc, sentence, open, letters, found, added, stated);
        continue;
      }
      RawMention longForm = covering(found, first, open);
      RawMention acronym = covering(found, open + 1, open + 2);
      String type = longForm != null ? longForm.nerType() : acronym != null ? acronym.nerType() : "MISC";
      if (longForm == null) {
        longForm = span(doc, sentence, first, open, type);
        added.add(longForm);
      }
      if (acronym == null) {
        added.add(span(doc, sentence, open + 1, open + 2, type));
      }
      stated.add(new EntityResolver.SameReferent(longForm.key(), letters));
    }
    return added;
  }

  /**
   * "Robert Kennedy (RFK)": capitals in brackets after a person's name that begin with the initial of the given name
   * and end with that of the surname are that person's initials, whatever NER took them for.
   */
  private static void personInitials(AnnotatedText doc, Sentence sentence, int open, String letters,
                                     List<RawMention> found, List<RawMention> added,
                                     List<EntityResolver.SameReferent> stated) {
    RawMention person = found.stream().filter(m -> m.nerType().equals("PERSON") && m.mention().tokenEnd() == open)
        .findFirst().orElse(null);
    List<String> words = person == null ? List.of() : PersonName.words(person.key());
    if (words.size() < 2 || letters.length() > 4
        || letters.charAt(0) != Character.toUpperCase(words.get(0).charAt(0))
        || letters.charAt(letters.length() - 1) != Character.toUpperCase(words.get(words.size() - 1).charAt(0))) {
      return;
    }
    RawMention other = covering(found, open + 1, open + 2);
    if (other != null) {
      found.remove(other);
    }
    added.add(span(doc, sentence, open + 1, open + 2, "PERSON"));
    stated.add(new EntityResolver.SameReferent(person.key(), letters));
  }

  /**
   * Where the words whose initials spell the acronym begin, reading back from the bracket; the small words of a long
   * name ("Communist Party of the Soviet Union (CPSU)") have no letter in it. -1 when they spell something else.
   */
  private static int firstOfLongForm(List<Token> tokens, int open, String letters) {
    StringBuilder initials = new StringBuilder();
    int first = open;
    while (first > 0 && initials.length() < letters.length()) {
      String word = tokens.get(--first).text();
      if (SplitNames.NAME_FUNCTION_WORDS.contains(word) && initials.length() > 0) {
        continue;
      }
      initials.insert(0, word.substring(0, 1));
    }
    return initials.toString().equals(letters) && Character.isUpperCase(tokens.get(first).text().codePointAt(0))
        ? first : -1;
  }

  private static RawMention covering(List<RawMention> mentions, int tokenBegin, int tokenEnd) {
    return mentions.stream().filter(m -> m.mention().tokenBegin() <= tokenBegin && m.mention().tokenEnd() >= tokenEnd)
        .findFirst().orElse(null);
  }

  private static RawMention span(AnnotatedText doc, Sentence sentence, int first, int end, String type) {
    List<Token> tokens = sentence.tokens();
    int begin = tokens.get(first).charBegin();
    int stop = tokens.get(end - 1).charEnd();
    String surface = doc.slice(begin, stop);
    Mention m = new Mention(doc.name(), sentence.index(), sentence.sectionIndex(), sentence.section(),
        sentence.paragraph(), begin, stop, surface, type, surface, first, end);
    return new RawMention(m, Names.key(surface), type);
  }

  private static boolean isPlace(String ner) {
    return StatedAliases.isPlace(ner);
  }
}

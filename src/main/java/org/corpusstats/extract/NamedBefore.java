package org.corpusstats.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import edu.stanford.nlp.coref.data.CorefChain;

/**
 * The persons a pronoun may stand for from the narration just before it: the last one named as a subject, the last
 * one named, and whether the narration is about someone it calls "he" or "she".
 */
final class NamedBefore {

  private static final int NEAR_SENTENCES = 3;
  private static final int FAR_SENTENCES = 15;

  private final AnnotatedText doc;
  private final SpeakerResolver names;
  private final Gender.OfPersons genders;
  private final Subjects subjects;
  private final Predicate<RawMention> isPerson;
  /** Whether the quote being attributed speaks to this person: then a pronoun in its tag is not them. */
  private final Predicate<String> spokenTo;
  /** Each surface form of a person's mention in the text, as a whole-word pattern, with its key; made when asked. */
  private java.util.Map<java.util.regex.Pattern, String> personForms;

  NamedBefore(AnnotatedText doc, SpeakerResolver names, Gender.OfPersons genders, Subjects subjects,
              Predicate<RawMention> isPerson, Predicate<String> spokenTo) {
    this.doc = doc;
    this.names = names;
    this.genders = genders;
    this.subjects = subjects;
    this.isPerson = isPerson;
    this.spokenTo = spokenTo;
  }

  /**
   * The person a pronoun most likely stands for when coreference says nothing: the last person named as the
   * subject of a clause in the three sentences before, else the last person named; never one inside quotation marks.
   */
  Optional<RawMention> lastNamedPerson(int offset, Gender gender) {
    return lastNamedPerson(offset, gender, NEAR_SENTENCES, false)
        .or(() -> lastNamedPerson(offset, gender, FAR_SENTENCES, true));
  }

  /**
   * In the sentences just before, any person the pronoun's gender allows; further back (a dialogue's narration
   * can be paragraphs away), only a person whose gender is known to be the pronoun's.
   */
  private Optional<RawMention> lastNamedPerson(int offset, Gender gender, int sentencesBack, boolean knownGender) {
    int sentence = doc.sentenceAt(offset);
    int earliest = doc.sentence(Math.max(0, sentence - sentencesBack)).charBegin();
    List<RawMention> persons = names.mentionsBetween(earliest, offset).stream()
        .filter(m -> isPerson.test(m) && !doc.insideQuote(m.mention().charBegin()))
        .filter(m -> knownGender ? genders.of(m) == gender : agrees(m, gender))
        .filter(m -> !spokenTo.test(m.key()))
        .toList();
    return persons.stream().filter(subjects::isSubject).reduce((a, b) -> b).or(() -> persons.stream().reduce((a, b) -> b));
  }

  /**
   * "Karl met Jan Blom, and the latter noted": of the persons named in the sentence so far and the one before it, the
   * last one ({@code latter}) or the one named last before that one (the former); never one inside quotation marks.
   */
  Optional<String> ofTheTwo(int offset, boolean latter) {
    int earliest = doc.sentence(Math.max(0, doc.sentenceAt(offset) - 1)).charBegin();
    java.util.TreeMap<Integer, String> named = new java.util.TreeMap<>();
    for (RawMention m : names.mentionsBetween(earliest, offset)) {
      if (isPerson.test(m)) {
        named.put(m.mention().charBegin(), m.key());
      }
    }
    // "Karl presented Jan Blom with a note": where NER missed a name it tags as a person elsewhere, it is that person
    String window = doc.slice(earliest, offset);
    personForms().forEach((form, key) -> {
      java.util.regex.Matcher found = form.matcher(window);
      while (found.find()) {
        named.putIfAbsent(earliest + found.start(), key);
      }
    });
    List<String> lastOfEach = new java.util.ArrayList<>();
    named.forEach((at, key) -> {
      if (!doc.insideQuote(at)) {
        lastOfEach.removeIf(other -> PersonName.same(other, key));
        lastOfEach.add(key);
      }
    });
    int wanted = lastOfEach.size() - (latter ? 1 : 2);
    return wanted < 0 ? Optional.empty() : Optional.of(lastOfEach.get(wanted));
  }

  private java.util.Map<java.util.regex.Pattern, String> personForms() {
    if (personForms == null) {
      java.util.Map<String, String> forms = new java.util.TreeMap<>();
      java.util.Map<String, java.util.Set<String>> surnames = new java.util.TreeMap<>();
      for (RawMention m : names.mentionsBetween(0, Integer.MAX_VALUE)) {
        if (isPerson.test(m) && m.nerType().equals("PERSON")) {
          String form = doc.slice(m.mention().charBegin(), m.mention().charEnd());
          forms.putIfAbsent(form, m.key());
          // and the surname alone ("Blom" of "Nils Blom")
          String[] words = form.split("\\s+");
          if (words.length > 1 && !WordList.isCourtesyTitle(words[words.length - 1])) {
            surnames.computeIfAbsent(words[words.length - 1], w -> new java.util.HashSet<>()).add(m.key());
          }
        }
      }
      // a surname two persons share names neither
      surnames.forEach((surname, keys) -> {
        String one = keys.iterator().next();
        if (keys.stream().allMatch(k -> PersonName.same(k, one))) {
          forms.putIfAbsent(surname, one);
        }
      });
      personForms = new java.util.LinkedHashMap<>();
      forms.forEach((form, key) -> personForms.put(java.util.regex.Pattern.compile(
          "(?<![\\p{L}-])" + java.util.regex.Pattern.quote(form) + "(?![\\p{L}-])"), key));
    }
    return personForms;
  }

  /** The last person named as the subject of a clause in the sentences just before, of an agreeing gender. */
  Optional<RawMention> lastNamedSubject(int offset, Gender gender) {
    int sentence = doc.sentenceAt(offset);
    int earliest = doc.sentence(Math.max(0, sentence - NEAR_SENTENCES)).charBegin();
    // The subject of the latest sentence that has one, its main clause's before an embedded one's: "de Klerk said he
    // is optimistic that Zuma … can …. In an interview, he said" is de Klerk.
    return names.mentionsBetween(earliest, offset).stream()
        .filter(m -> isPerson.test(m) && !doc.insideQuote(m.mention().charBegin())
            && agrees(m, gender) && !spokenTo.test(m.key()))
        .filter(subjects::isSubject)
        .max(java.util.Comparator.<RawMention>comparingInt(m -> m.mention().sentence())
            .thenComparing(subjects::isMainSubject).thenComparingInt(m -> m.mention().charBegin()));
  }

  /**
   * A paragraph of narration whose sentences have for subject "he" or "she" of the gender asked ("He stood with his
   * head on one side …"), not "I" or a name ("Toward four I met Zorin in the outer hall").
   */
  boolean aboutSomeoneByPronoun(int fromSentence, int paragraph, Gender gender) {
    boolean any = false;
    for (int s = fromSentence; s < doc.sentences.size(); s++) {
      if (doc.sentence(s).paragraph() != paragraph) {
        if (doc.sentence(s).paragraph() > paragraph) {
          break;
        }
        continue;
      }
      edu.stanford.nlp.semgraph.SemanticGraph graph = names.graph(s);
      if (graph == null || graph.getFirstRoot() == null) {
        return false;
      }
      edu.stanford.nlp.ling.IndexedWord root = graph.getFirstRoot();
      java.util.Optional<edu.stanford.nlp.ling.IndexedWord> subject = graph.outgoingEdgeList(root).stream()
          .filter(e -> e.getRelation().getShortName().startsWith("nsubj")).map(e -> e.getDependent()).findFirst();
      if (subject.isEmpty() || !subject.get().tag().equals("PRP") || Gender.ofPronoun(subject.get().word()) != gender) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The person's gender as the text shows it agrees with the pronoun's, and so does the gender of the given name it
   * begins with ("Jane" is never "he", whatever coreference put in her chain).
   */
  private boolean agrees(RawMention m, Gender gender) {
    String first = PersonName.words(m.key()).get(0);
    return genders.of(m).agrees(gender) && GivenNames.gender(first).agrees(gender);
  }

  /**
   * "He accused Novaya Rus and Robotchi Put… “…,” he added": a chain of pronouns with no name in it stands for whom
   * its first pronoun stands for, the person named before that one.
   */
  Optional<RawMention> firstOfItsChain(int sentence, int tokenIndex, Token token, Gender gender) {
    for (CorefChains.ChainIn holding : doc.corefChains().holding(sentence, tokenIndex + 1)) {
      CorefChain.CorefMention first = holding.chain().getMentionsInTextualOrder().get(0);
      int firstSentence = first.sentNum - 1 + holding.sentenceOffset();
      if (firstSentence < 0 || firstSentence >= doc.sentences.size() || firstSentence > sentence
          || Gender.ofPronoun(first.mentionSpan) != gender) {
        continue;
      }
      List<Token> tokens = doc.sentence(firstSentence).tokens();
      if (first.headIndex - 1 >= tokens.size()) {
        continue;
      }
      int offset = tokens.get(first.headIndex - 1).charBegin();
      if (offset < token.charBegin() && !doc.insideQuote(offset)) {
        return lastNamedSubject(offset, gender).or(() -> lastNamedPerson(offset, gender));
      }
    }
    return Optional.empty();
  }
}

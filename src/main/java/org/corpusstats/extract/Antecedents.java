package org.corpusstats.extract;

import java.util.List;
import java.util.Optional;

import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * What a pronoun or a description in a speech tag refers to: the other speaker of a dialogue, the person last named
 * as a subject, CoreNLP's coreference, or the last person named; always of a gender that agrees, never a name
 * inside quotation marks.
 */
final class Antecedents {

  /** How the evidence ends when a pronoun is only the last person of its gender named before: the weakest guess. */
  static final String LAST_NAMED = ", the last person named before it)";

  private final AnnotatedText doc;
  private final SpeakerResolver names;
  private final Gender.OfPersons genders;
  private final Subjects subjects;
  private final CorefLinks coref;
  private final NamedBefore before;
  /** Names the document mostly tags as a person: a person still where NER once took the name for a place. */
  private final java.util.Set<String> personNames = new java.util.HashSet<>();
  private final java.util.Set<String> surnames = new java.util.HashSet<>();
  private List<String> conversation = List.of();
  private String lastTurn = "";
  /** Where the words that share the verb of the pronoun being resolved begin: never what it stands for. */
  private java.util.Set<Integer> coArguments = java.util.Set.of();
  /** The person the quote being attributed speaks to by name: never its speaker. */
  private String addressee = "";
  private String previousSpeaker = "";
  private int previousQuoteEnd = -1;

  Antecedents(AnnotatedText doc, List<RawMention> mentions, SpeakerResolver names) {
    this.doc = doc;
    this.names = names;
    this.genders = new Gender.OfPersons(doc, mentions);
    this.subjects = new Subjects(names);
    this.coref = new CorefLinks(doc, names);
    this.before = new NamedBefore(doc, names, genders, subjects, m -> isPerson(m) && !isCoArgument(m), this::spokenTo);
    java.util.Map<String, Integer> votes = new java.util.HashMap<>();
    for (RawMention m : mentions) {
      votes.merge(m.key(), m.nerType().equals("PERSON") ? 1 : -1, Integer::sum);
    }
    votes.forEach((key, v) -> {
      if (v > 0) {
        personNames.add(key);
      }
    });
    for (String name : List.copyOf(personNames)) {
      String[] words = name.split(" ");
      if (words.length > 1 && !WordList.isCourtesyTitle(words[words.length - 1])) {
        surnames.add(words[words.length - 1]);
      }
    }
  }

  /** A person's gender: a described one's from the noun ("the gentleman"), a named one's from the text. */
  Gender genderOf(String speaker) {
    return DescribedPersons.isDescribed(speaker) ? DescribedPersons.gender(speaker) : genders.of(speaker);
  }

  /** A name the document mostly tags as a person's, or the last word of one ("Silver" of "Long Tom Silver"). */
  boolean isPersonName(String key) {
    return personNames.contains(key) || surnames.contains(key);
  }

  /** A person's mention: tagged PERSON, or a name the document mostly tags so ("the great hall Trotzky"). */
  private boolean isPerson(RawMention m) {
    return m.nerType().equals("PERSON") || personNames.contains(m.key());
  }

  /**
   * Who is talking around the quote being attributed: the speakers of the turns just before, most recent first, and
   * the speaker of the turn before (a "said he" that opens a new turn is the other man); empty outside dialogue.
   */
  void conversation(List<String> participants, String previousTurn) {
    this.conversation = List.copyOf(participants);
    this.lastTurn = previousTurn == null ? "" : previousTurn;
  }

  /**
   * "he" or "she": in a dialogue turn, the other speaker of that gender; else the last person of that gender named
   * as a subject just before; else coreference; else the last person of that gender named. "it" and "they" only
   * through coreference to an organisation. Null when nothing says who it is, so that the discourse sieves may
   * still decide.
   */
  Found pronoun(int sentence, int tokenIndex, Token token, String evidence, Sieve sieve) {
    PronounClause clause = new PronounClause(doc, names.graph(sentence), sentence, tokenIndex);
    coArguments = clause.coArguments();
    Gender gender = Gender.ofPronoun(token.text());
    if (gender == Gender.NEUTER || gender == Gender.UNKNOWN) {
      return organisationByCoreference(sentence, tokenIndex, token, evidence, sieve).orElse(null);
    }
    if (clause.goesOnWithASpeech()) {
      // "When Mr. Bumble had put the coins away, he went on:": going on with a speech is what its speaker does
      Optional<Found> spoke = speakerJustBefore(sentence, token, gender, true, evidence, sieve)
          .filter(f -> !spokenTo(f.speaker()));
      if (spoke.isPresent()) {
        return spoke.get();
      }
    }
    // the narration after the last turn's paragraph (its own tag, "said the sailor", is that turn)
    Optional<String> describedSince = previousQuoteEnd < 0 || conversation.isEmpty() ? Optional.empty()
        : names.describedSubject(token.charBegin(), gender, doc.paragraphEnd(previousQuoteEnd - 1));
    if (describedSince.isPresent()) {
      // "A silence followed, which was broken by the stranger. “…,” said he": narration between the turns that
      // describes someone doing something makes the pronoun that person, not the other one of the dialogue
      return new Found(describedSince.get(), "PERSON", evidence + " (" + token.text() + " = "
          + DescribedPersons.description(describedSince.get()) + ", the person the narration since the last quote"
          + " is about)", sieve);
    }
    for (String participant : conversation) {
      boolean sameGender = DescribedPersons.isDescribed(participant) ? genderOf(participant).agrees(gender)
          : genderOf(participant) == gender;
      if (sameGender && !participant.equalsIgnoreCase(lastTurn) && !spokenTo(participant)) {
        return new Found(participant, "PERSON", evidence + " (" + token.text() + " = " + participant
            + ", the other " + (gender == Gender.MALE ? "man" : "woman") + " in the conversation)", sieve);
      }
    }
    Optional<String> unnamed = names.unnamedSubjectBefore(sentence);
    if (unnamed.isPresent()) {
      // "“Trotzky?” The other soldier scratched his head. “…,” he said": the pronoun is the person just described,
      // who has no name, so no named person may be guessed for it
      return Found.nobody(evidence + " (" + token.text() + " = " + unnamed.get() + ", who is not named)", sieve);
    }
    Optional<Found> spoke = speakerJustBefore(sentence, token, gender, false, evidence, sieve)
        .filter(f -> !spokenTo(f.speaker()));
    if (spoke.isPresent()) {
      return spoke.get();
    }
    // The subject named just before is the usual antecedent of "he said"; coreference decides when there is none.
    // A person described as a subject after the last one named ("The stranger looked up. “…,” said he") is meant;
    // with no subject named, coreference is asked first.
    Optional<RawMention> namedSubject = before.lastNamedSubject(token.charBegin(), gender);
    Optional<Found> describedSubject = names.describedSubject(token.charBegin(), gender,
        namedSubject.map(m -> m.mention().charBegin()).orElse(-1))
        // "“Come in!” said Marlowe. ¶ A man entered who … (a long paragraph). ¶ “…?” he asked": since the last quote
        .or(() -> namedSubject.isEmpty() && previousQuoteEnd >= 0
            ? names.describedSubject(token.charBegin(), gender, previousQuoteEnd) : Optional.empty())
        .filter(d -> !d.equalsIgnoreCase(lastTurn))
        .map(d -> new Found(d, "PERSON", evidence + " (" + token.text() + " = " + DescribedPersons.description(d)
            + ", the last person described as a subject)", sieve));
    if (describedSubject.isPresent() && namedSubject.isPresent()) {
      return describedSubject.get();
    }
    return namedSubject.map(p -> new Found(p.key(), "PERSON",
            evidence + " (" + token.text() + " = " + p.key() + ", the last person named as a subject)", sieve))
        .or(() -> personByCoreference(sentence, tokenIndex, token, gender, evidence, sieve)
            .filter(f -> !spokenTo(f.speaker())))
        .or(() -> describedSubject)
        .or(() -> before.firstOfItsChain(sentence, tokenIndex, token, gender).filter(p -> !spokenTo(p.key())).map(p -> new Found(p.key(), "PERSON",
            evidence + " (" + token.text() + " = " + p.key() + ", whom the first pronoun of its coreference chain"
            + " stands for)", sieve)))
        .or(() -> before.lastNamedPerson(token.charBegin(), gender).map(p -> new Found(p.key(), "PERSON",
            evidence + " (" + token.text() + " = " + p.key() + LAST_NAMED, sieve)))
        .orElse(null);
  }

  /** "the latter", "the former": see {@link NamedBefore#ofTheTwo}; null when fewer persons were named. */
  Found ofTheTwo(Token token, String evidence, Sieve sieve) {
    boolean latter = token.text().equalsIgnoreCase("latter");
    return before.ofTheTwo(token.charBegin(), latter).map(p -> new Found(p, "PERSON", evidence + " (the "
        + token.text() + " = " + p + ", of the two persons named just before)", sieve)).orElse(null);
  }

  /** Whether the person's mention covers a word of {@link PronounClause#coArguments} of the pronoun being resolved. */
  private boolean isCoArgument(RawMention m) {
    return coArguments.stream().anyMatch(o -> o >= m.mention().charBegin() && o < m.mention().charEnd());
  }

  /** The name the quote being attributed addresses ("…, Mr. Brown?"), or empty: see {@link #spokenTo}. */
  void addressee(String name) {
    this.addressee = name == null ? "" : name;
  }

  /** Whether the quote being attributed speaks to this person by name: then that person does not speak it. */
  boolean spokenTo(String speaker) {
    return !addressee.isEmpty() && PersonName.same(addressee, speaker);
  }

  /**
   * "While recognising that “…”, “…”": the unsaid subject of a participle that has none in its sentence is who the
   * text is talking about: who spoke just before, else the last person named as a subject.
   */
  Found understood(int sentence, Token verb, String evidence, Sieve sieve) {
    return speakerJustBefore(sentence, verb, Gender.UNKNOWN, false, evidence, sieve)
        .or(() -> before.lastNamedSubject(verb.charBegin(), Gender.UNKNOWN).map(p -> new Found(p.key(), "PERSON",
            evidence + " (" + verb.text() + " = " + p.key() + ", the last person named as a subject)", sieve)))
        .orElse(null);
  }

  /**
   * The speaker of the quotation just before, told to {@link #pronoun} before each quote is attributed: "“…our
   * answer will be decisive.” ¶ He went on to speak of the foreign policy:" — narration right after a speech that
   * names nobody else is about its speaker.
   */
  void previousQuote(String speaker, int quoteEnd) {
    this.previousSpeaker = speaker == null ? "" : speaker;
    this.previousQuoteEnd = quoteEnd;
  }

  /**
   * The speaker of the quote just before, when nobody else has been named or described since. A pronoun that goes
   * on with the speech ({@code goingOn}) is only kept from it by someone named as a subject in an earlier sentence:
   * a name in its own sentence's subordinate clause ("When Mr. Bumble had …, he went on:") is not who goes on.
   */
  private Optional<Found> speakerJustBefore(int sentence, Token token, Gender gender, boolean goingOn,
                                            String evidence, Sieve sieve) {
    if (previousSpeaker.isEmpty() || previousSpeaker.equals(SpeakerResolver.NARRATOR)
        || previousQuoteEnd > token.charBegin() || !genderOf(previousSpeaker).agrees(gender)
        || doc.paragraphOf(token.charBegin()) > doc.paragraphOf(previousQuoteEnd - 1) + 2) {
      return Optional.empty();
    }
    // A tag of a new turn ("“…,” said he" opening a paragraph) after a turn is someone answering, not the speaker
    // going on; after a quote inside narration ("Then he addressed it to “…”"), it is who that narration is about.
    Sentence s = doc.sentence(sentence);
    boolean afterATurn = doc.opensParagraph(doc.quotesOverlapping(previousQuoteEnd - 1, previousQuoteEnd).stream()
        .mapToInt(q -> q[0]).min().orElse(previousQuoteEnd - 1));
    if (afterATurn
        && doc.quotesOverlapping(s.charBegin(), s.charEnd()).stream().anyMatch(q -> doc.opensParagraph(q[0]))) {
      return Optional.empty();
    }
    // "The man sprang from his chair. … “…,” he cried": a person described as a subject since is someone else too
    // "He stood … and he threw his forefinger at Mr. Wopsle." ¶ "“Now!” said he": across a paragraph of narration,
    // only someone named as a subject takes the story from the last speaker; one named as an object does not
    boolean afterABeat = doc.paragraphOf(token.charBegin()) == doc.paragraphOf(previousQuoteEnd - 1) + 2
        && before.aboutSomeoneByPronoun(doc.sentenceAt(previousQuoteEnd - 1), doc.paragraphOf(token.charBegin()) - 1, gender);
    boolean someoneNamed = names.mentionsBetween(previousQuoteEnd, token.charBegin()).stream()
        .anyMatch(m -> isPerson(m) && !doc.insideQuote(m.mention().charBegin())
            && !DialogueTurns.namedAs(m.key(), previousSpeaker)
            && (goingOn ? subjects.isSubject(m) && doc.sentenceAt(m.mention().charBegin()) != sentence
                : !afterABeat || subjects.isSubject(m)))
        || names.describedSubject(token.charBegin(), gender, previousQuoteEnd)
            .filter(d -> !d.equals(previousSpeaker)).isPresent();
    return someoneNamed ? Optional.empty() : Optional.of(new Found(previousSpeaker, "PERSON", evidence + " ("
        + token.text() + " = " + previousSpeaker + ", who spoke just before)", sieve));
  }

  /** The nearest person named before the word in its coreference chain (chains may run two people together). */
  Optional<Found> personByCoreference(int sentence, int tokenIndex, Token token, Gender gender,
                                              String evidence, Sieve sieve) {
    return coref.nearestBefore(sentence, tokenIndex, token, m -> isPerson(m) && !isCoArgument(m)
        && genders.of(m).agrees(gender), evidence, sieve);
  }

  private Optional<Found> organisationByCoreference(int sentence, int tokenIndex, Token token, String evidence,
                                                    Sieve sieve) {
    return coref.nearestBefore(sentence, tokenIndex, token, m -> m.nerType().equals("ORGANIZATION"), evidence, sieve);
  }
}

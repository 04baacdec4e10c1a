package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusstats.extract.Analyse.quote;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quotation-speaker rules of English dialogue and reporting, each on a small text written for the test, through
 * the real CoreNLP models: the names are made up, so that no rule can lean on a name of the evaluation set.
 */
@Tag("corenlp")
final class SpeakerSievesTest {

  @Test
  void issuingAStatementSaysWhatFollowsIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "King Harald issued a statement to his people, \"After the tireless efforts of the Chancellor in the cause of "
            + "peace it is my hope that a new era may be dawning.\""));

    Quote statement = quote(doc, "tireless efforts");
    assertThat(statement.speaker()).as(statement.evidence()).contains("Harald");
  }

  @Test
  void aTitleIsHeldByTheOneNamedWithItWhenNerTookTheTitleIntoTheName() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "King Olav wrote to his mother, Queen Sonja, that the Chancellor had done well. The dowager queen responded "
            + "to her son with anger against the critics: \"He brought home the treaty, why can't they be grateful?\""));

    Quote responded = quote(doc, "brought home");
    assertThat(responded.speaker()).as(responded.evidence()).contains("Sonja");
  }

  @Test
  void aVerbOfSayingInARelativeClauseOnSomeoneUnnamedDoesNotSayTheQuote() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "King Olav wrote to his mother, Queen Sonja, that the Chancellor had done well. The dowager queen responded "
            + "to her son with anger against those who spoke against the Chancellor: \"He brought home the treaty, why "
            + "can't they be grateful?\""));

    Quote responded = quote(doc, "brought home");
    assertThat(responded.speaker()).as(responded.evidence()).contains("Sonja");
  }

  @Test
  void aLeadInColonTakesTheSubjectOfTheLastClauseBeforeIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Mr. Thomas Grey walked away again immediately, and she was left to fret alone; Martha Cole tried to console "
            + "her:",
        "“I dare say you will find him very agreeable when you know him better.”"));

    assertThat(quote(doc, "I dare say").speaker()).as(quote(doc, "I dare say").evidence()).contains("Cole");
    assertThat(quote(doc, "I dare say").evidence()).contains("tried [lead-in ending in a colon]");
  }

  @Test
  void aNounAfterAPrepositionIsNoSubjectOfTheSpeechVerbAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The effect was immediate. At length Grey spoke, and in a constrained manner said, “Mr. Hill is blessed with "
            + "such happy manners as may ensure his making friends.”"));

    assertThat(quote(doc, "happy manners").speaker()).as(quote(doc, "happy manners").evidence()).contains("Grey");
    assertThat(quote(doc, "happy manners").evidence()).doesNotContain("manner said [speech tag");
  }

  @Test
  void whoHasBeenAnsweringTheLastSpeakerAnswersAfterAThirdPersonBrokeIn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Martha Cole and Thomas Grey stood up together for the second dance of the evening.",
        "“Do you talk by rule, then, while you are dancing with a partner?” asked Grey.",
        "“Sometimes. One must speak a little, you know, or it would look very odd,” replied Martha.",
        "“Are you consulting your own feelings in the present case, or mine?” said Grey.",
        "“Both, for I have always seen a great similarity in the turn of our minds,” replied Martha.",
        "At that moment, Sir Walter Hill appeared close to them, and he stopped to compliment Grey on his dancing.",
        "“Such very superior dancing is not often seen, my dear sir, and your partner does not disgrace you.”",
        "Recovering himself, Grey turned to his partner, and said, “His interruption has made me forget what we "
            + "were talking of.”",
        "“I do not think we were speaking at all, and I cannot imagine what we are to talk of next.”"));

    assertThat(quote(doc, "Such very superior").speaker()).as(quote(doc, "Such very superior").evidence()).contains("Hill");
    assertThat(quote(doc, "I do not think we were").speaker()).as(quote(doc, "I do not think we were").evidence()).contains("Martha");
    assertThat(quote(doc, "I do not think we were").evidence()).contains("who has been answering");
  }

  @Test
  void narrationRightAfterASpeechIsAboutItsSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“Our answer will be decisive, and we will complete the work scarcely begun in the spring,” said Ivan Petrov.",
        "He went on to speak of the new government’s foreign policy:",
        "“Our first act will be to call for an immediate armistice on all fronts and a conference of peoples.”"));

    assertThat(quote(doc, "Our first act").speaker()).as(quote(doc, "Our first act").evidence()).contains("Petrov");
    assertThat(quote(doc, "Our first act").evidence()).contains("who spoke just before");
  }

  @Test
  void aDocumentNamedByTheVerbItIsMadeFromSpeaksForWhoeverDidIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Before the storm, the Port Authority of Halvard did present a film to the ship owners describing the danger. "
            + "The presentation warned of high water but said that \u201cno vessel in the outer harbour is at risk from "
            + "the tide this winter.\u201d"));

    assertThat(quote(doc, "no vessel").speaker()).as(quote(doc, "no vessel").evidence()).contains("Port Authority");
  }

  @Test
  void aDocumentNamedAgainSpeaksForWhoeverSentIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "On July 2, the Federal Bureau of Investigation sent a message to state and local agencies. Despite the "
            + "general warnings, the message further stated, “The bureau has no information indicating a credible "
            + "threat of attack at home.”"));

    assertThat(quote(doc, "credible threat").speaker()).as(quote(doc, "credible threat").evidence()).contains("Federal Bureau of Investigation");
    assertThat(quote(doc, "credible threat").evidence()).contains("the message of");
  }

  @Test
  void aDocumentNamedAgainSpeaksForWhoeverItCameFrom() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "While the committee sat, a long telegram began to arrive from Premier Valdemar Kross. The telegram stated, "
            + "in part:",
        "\u201cYou are worried about the harbour. We are ready to withdraw the ships if you withdraw yours.\u201d"));

    Quote harbour = quote(doc, "worried about the harbour");
    assertThat(harbour.speaker()).as(harbour.evidence()).contains("Kross");
  }

  @Test
  void aLawNamedAsTheSubjectOfAQuotesSentenceIsWhatItQuotes() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The government of Premier Valdemar Kross passed several laws in its first year. The Harbour Dues Act of 1951 "
            + "required every port board \u201cto publish its accounts in full at the end of each financial year.\u201d",
        "Under the Rural Schools (Transport) Act, county councils had a duty \u201cto carry every child who lives more "
            + "than two miles from the nearest school.\u201d"));

    Quote accounts = quote(doc, "publish its accounts");
    assertThat(accounts.speaker()).as(accounts.evidence()).isEqualTo("Harbour Dues Act of 1951");
    assertThat(accounts.speakerType()).isEqualTo("WORK");
    Quote child = quote(doc, "carry every child");
    assertThat(child.speaker()).as(child.evidence()).isEqualTo("Rural Schools (Transport) Act");
  }

  @Test
  void aLawWithNoTitleOrWithAPersonForItsSourceIsNoSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The new law required every port board \u201cto publish its accounts in full at the end of each financial "
            + "year.\u201d",
        "The Harbour Dues Act was drafted by Anna Weber \u201cto end the secret bargains of the quays for good and "
            + "all.\u201d"));

    Quote accounts = quote(doc, "publish its accounts");
    assertThat(accounts.evidence()).doesNotContain(Sieve.LAW_WORDING.label);
    Quote bargains = quote(doc, "secret bargains");
    assertThat(bargains.evidence()).doesNotContain(Sieve.LAW_WORDING.label);
  }

  @Test
  void aParticipleUsedAsAnAdjectiveIsNoVerbOfSaying() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "On Monday, Premier Valdemar Kross answered the note by stating that the navy was sent to sea after receiving "
            + "repeated promises that no ships would come, and when the promises proved false, the fleet \u201chad to "
            + "meet the threat I have described to the whole assembly today.\u201d"));

    Quote threat = quote(doc, "meet the threat");
    assertThat(threat.speaker()).as(threat.evidence()).contains("Kross");
  }

  @Test
  void aPhraseNamingTheSourceGivesTheQuoteItsSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Anna Weber was born in 1936 and grew up in a small town. She was, according to the historian Paul Brenner, "
            + "“one of a generation that grew up with the concept of duty above all else”."));

    assertThat(quote(doc, "one of a generation").speaker()).as(quote(doc, "one of a generation").evidence()).contains("Brenner");
    assertThat(quote(doc, "one of a generation").evidence()).contains("according to");
  }

  @Test
  void theOnePersonANarrationParagraphIsAboutSpeaksTheQuoteAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The hall was full of soldiers and workers, and the debate had gone on since the morning.",
        "Then, for the workers, Ivan Petrov mounted the tribune, borne on a wave of applause. His thin face was pale.",
        "“The committee has failed us at every turn, and it will fail us again tomorrow if we let it!”"));

    assertThat(quote(doc, "The committee has failed").speaker()).as(quote(doc, "The committee has failed").evidence()).contains("Petrov");
    assertThat(quote(doc, "The committee has failed").evidence()).contains("the narration before is about");
  }

  @Test
  void aPersonTheNarrationBeforeNamesOnlyAsNoSubjectSpeaksNoQuoteAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The hall was full of soldiers and workers, and the debate had gone on since the morning.",
        "The soldiers had waited all day for news of Oskar Lindqvist, who was still held in the fortress.",
        "“We will not go home until they let him go, and we will not be silent!”"));

    assertThat(quote(doc, "We will not go home").speaker()).as(quote(doc, "We will not go home").evidence()).isEmpty();
    assertThat(quote(doc, "We will not go home").evidence()).doesNotContain("the narration before is about");
  }

  @Test
  void whoActsJustBeforeAQuoteInItsParagraphSpeaksIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Miss Martha Cole and Mr. Thomas Grey stood up together for the second dance of the evening.",
        "“Merely to the illustration of your character, sir,” said Martha. “I am trying to make it out.”",
        "“And what is your success?” asked Grey.",
        "She shook her head. “I do not get on at all, for I hear such different accounts of you.”"));

    assertThat(quote(doc, "I do not get on").speaker()).as(quote(doc, "I do not get on").evidence()).contains("Martha");
    assertThat(quote(doc, "I do not get on").evidence()).contains("acts just before");
  }

  @Test
  void wordsAfterAQuoteClosedByAFullStopAreNoTagOfIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The historian Paul Brenner stated that the reforms were “brought about by patience and by a commitment to "
            + "the common good.” His brother Karl noted that the country had changed beyond recognition."));

    assertThat(quote(doc, "brought about by patience").speaker()).as(quote(doc, "brought about by patience").evidence())
        .contains("Brenner");
  }

  @Test
  void aCommaAfterAQuoteClosedByAFullStopLeadsIntoItsTag() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The members of the committee were doubtful. \"In short, the minister has told the country that the harvest "
            + "has failed again.\", remarked Senator Walter Brandt of Kent. Others thought the plan too small."));

    assertThat(quote(doc, "In short").speaker()).as(quote(doc, "In short").evidence()).contains("Brandt");
  }

  @Test
  void anOrganisationNamedAfterThePlaceItBelongsToIsOneNameWithItsAcronym() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In early May, the leaders of the region held a conference in a northern town. A Socialist Party of the Czech "
            + "Republic (SPCR) report was read at the opening, stating that \"the workers of every nation have been "
            + "betrayed by their own rulers again and again\"."));

    assertThat(quote(doc, "the workers of every nation").speaker()).isEqualTo("Socialist Party of the Czech Republic");
    assertThat(doc.mentions()).filteredOn(m -> m.text().equals("SPCR")).singleElement()
        .extracting(Mention::entity).isEqualTo("Socialist Party of the Czech Republic");
  }

  @Test
  void aDocumentNamedAgainAtTheStartOfTheNextParagraphIsTheOneThePreviousParagraphEndedOn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In early May, the union held a conference in a northern town. The Miners' Federation report was read at the "
            + "opening, stating that \"the workers of every nation have been betrayed by their own rulers\".",
        "Turning to the economy, the report stated that \"the harvest of the last three years was lost through the "
            + "neglect of the ministries.\""));

    assertThat(quote(doc, "the harvest").speaker()).as(quote(doc, "the harvest").evidence())
        .isEqualTo(quote(doc, "the workers of every nation").speaker()).isNotEmpty();
  }

  @Test
  void aVerbOfSayingWithAThingForItsObjectInsideTheReportedClauseDoesNotSayTheQuote() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The party secretary, Pavel Dorn, criticised the local branches for their slowness. Dorn warned that if they "
            + "continued to fail to maintain regular contact with the capital, \"grave consequences for the future of the "
            + "whole movement\" would follow."));

    assertThat(quote(doc, "grave consequences").speaker()).as(quote(doc, "grave consequences").evidence())
        .contains("Dorn");
  }

  @Test
  void aPronounWithAPersonsInitialsInBracketsAfterItIsThatPerson() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Morris said that Robert Kemp (RMK) told him in 1971 that after the ship was stopped and searched, he (RMK) "
            + "told the consul, \"You have fired the first shot and the government has decided not to answer it.\""));

    assertThat(quote(doc, "the first shot").speaker()).as(quote(doc, "the first shot").evidence()).contains("Kemp");
    assertThat(doc.mentions()).filteredOn(m -> m.text().equals("RMK")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.entity()).isEqualTo("Robert Kemp"));
  }

  @Test
  void aParticipleRightAfterAPassivesAgentSpeaksForTheAgentNamedWithItsNumber() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In 1951 Directive 3010 was superseded by Directive 4412, stating that \"every member state shall report its "
            + "stocks of grain to the council each month.\""));

    assertThat(quote(doc, "every member state").speaker()).as(quote(doc, "every member state").evidence())
        .isEqualTo("Directive 4412");
  }

  @Test
  void aMagazineNamedBeforeItsNounSpeaksButItsTownDoesNot() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Time magazine called the speech \"the most reckless performance by a public man in the history of the "
            + "republic.\" A Moscow newspaper reported that \"the workers of the city were united behind the party and "
            + "its leaders.\""));

    assertThat(quote(doc, "reckless performance").speaker()).isEqualTo("Time");
    assertThat(quote(doc, "the workers of the city").speaker()).isEmpty();
  }

  @Test
  void asSomeonePutItInAnInterviewAndWhoAfterANamedNounIntroduceWhatTheySaid() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Among his critics was the journalist Edward Morrow, who remarked that \"the line between investigating and "
            + "persecuting is a very fine one.\"",
        "As Brandt put it in a 1952 interview, \"the only thing a politician owns is his name, and I intend to keep "
            + "mine.\""));

    assertThat(quote(doc, "the line between").speaker()).isEqualTo("Edward Morrow");
    assertThat(quote(doc, "the only thing a politician").speaker()).isEqualTo("Brandt");
  }

  @Test
  void aRelativePronounSpeaksForTheNounItsClauseModifies() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In the corridor I met Ivan Petrov, a member of the central committee, who explained to me what the new "
            + "government would be like.",
        "“A loose organisation, sensitive to the popular will, allowing local forces full play in every town.”"));

    assertThat(quote(doc, "A loose organisation").speaker()).as(quote(doc, "A loose organisation").evidence())
        .contains("Petrov");
  }

  @Test
  void aColonInsideTheSentenceLeadsIntoTheQuoteAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In an interview in 2012, Pieter Marais spoke of his house in the suburbs. He had five servants, three of them "
            + "young: “We are one great big family together; we have the best of relationships.”"));

    assertThat(quote(doc, "one great big family").speaker()).as(quote(doc, "one great big family").evidence())
        .contains("Marais");
  }

  @Test
  void theVerbOfSayingTheQuoteHangsFromSpeaksItNotANearerOne() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“We shall have the vote by the spring, whatever the council decides,” said Ivan Petrov.",
        "The porter grumbled as he put on my hat, “Nobody can tell what will become of this poor old city now.”"));

    assertThat(quote(doc, "Nobody can tell").speaker()).as(quote(doc, "Nobody can tell").evidence()).isEmpty();
    assertThat(quote(doc, "Nobody can tell").evidence()).contains("porter grumbled");
  }

  @Test
  void aSubjectAfterItsVerbInAnInversionIsStillTheSubject() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Amid the confusion Boris Adler offered a resolution, asking the workers to stay calm.",
        "Then up leaped Ivan Petrov, shouting that the committee had no right to decide anything. The committee was "
            + "dead, he said, and the vote was a trick.",
        "“As for us, we will not vote on this resolution at all!”",
        "“The strikers are the worst enemies of order,” declared the Morning Post. Said the Evening Courier, “The "
            + "council ought to resign at once and call new elections.”"));

    assertThat(quote(doc, "As for us").speaker()).as(quote(doc, "As for us").evidence()).contains("Petrov");
    assertThat(quote(doc, "The council ought").speaker()).as(quote(doc, "The council ought").evidence())
        .contains("Evening Courier");
  }

  @Test
  void aScareQuotedTermDoesNotMakeTheNarrationBeforeAQuoteAQuotation() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "With remarkable foresight Anna Weber warned that the old ministries could be “abolished” overnight, while the "
            + "new markets would take years to build. Hence:",
        "“The planning offices would be turned for the transitional period into a series of bargains between the "
            + "state and the new owners.”"));

    assertThat(quote(doc, "The planning offices").speaker()).as(quote(doc, "The planning offices").evidence())
        .contains("Weber");
  }

  @Test
  void aParticipleWhoseMainClauseHasNoSubjectTakesTheSubjectOfTheClauseItHangsFrom() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“The council has full power to act, and it must be obeyed by every district,” said Ivan Petrov.",
        "Immense continued uproar, in which his voice could be heard screaming, as he pounded the table, “Those who "
            + "want this are committing a crime against the people!”",
        "Anna Weber travelled widely as a young woman. It was in Paris in 1970 that she observed what she later "
            + "described as the coldness of the city, later noting that she “never felt so alone as in those grey "
            + "winter months there”."));

    assertThat(quote(doc, "Those who want this").speaker()).as(quote(doc, "Those who want this").evidence())
        .contains("Petrov");
    assertThat(quote(doc, "never felt so alone").speaker()).as(quote(doc, "never felt so alone").evidence())
        .contains("Weber");
  }

  @Test
  void aParticipleAfterANounThatNamesNobodyBelongsToTheNounPhraseItSitsIn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Doctors in the north reported many cases of fever in April. This report led to a Health Ministry information "
            + "circular to hospitals noting the risk of “a serious outbreak of fever in the northern provinces before "
            + "the winter”."));

    assertThat(quote(doc, "a serious outbreak").speaker()).as(quote(doc, "a serious outbreak").evidence())
        .contains("Ministry");
  }

  @Test
  void aParticipleWithNoSubjectInItsSentenceHasTheOneTheTextIsTalkingAbout() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "As Anna Weber foresaw, the new government “would find many willing servants among the old officials of "
            + "every ministry.”",
        "While recognising that “a cleaning of the old offices would, of course, be needed”, mostly of the senior "
            + "chiefs, “a return of the landlords would have to remove far fewer people than a revolution.”"));

    assertThat(quote(doc, "a cleaning of the old").speaker()).as(quote(doc, "a cleaning of the old").evidence())
        .contains("Weber");
  }

  @Test
  void aPronounAfterAPersonDescribedButNeverNamedNamesNobody() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“Let me see the commander of this post at once,” said Ivan Petrov.",
        "“Petrov?” The old sergeant scratched his chin. “I have heard that name somewhere before, I think,” he said at "
            + "length."));

    assertThat(quote(doc, "I have heard that name").speaker()).as(quote(doc, "I have heard that name").evidence())
        .isEmpty();
    assertThat(quote(doc, "I have heard that name").evidence()).contains("sergeant");
  }

  @Test
  void aPronounAfterABeatIsWhomTheBeatDescribesEvenAsTheAgentOfAPassive() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The old sailor sat by the fire, and Mr. Hale stood at the window with his hat in his hand.",
        "\"You keep a good fire here, I think, on these cold winter nights,\" said Mr. Hale.",
        "\"And a good fire keeps a man alive through the worst of them,\" said the sailor.",
        "Another long silence followed, which was broken at last by the sailor.",
        "\"I have seen you before, I think, in the town down by the harbour?\" said he."));

    Quote seen = quote(doc, "I have seen you before");
    assertThat(seen.speaker()).as(seen.evidence()).doesNotContain("Hale");
    assertThat(seen.evidence()).contains("he = the sailor");
  }

  @Test
  void aPronounGoingOnWithASpeechIsItsSpeakerNotANameInItsSubordinateClause() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The old sailor sat by the fire, and Mr. Hale stood at the window with his hat in his hand.",
        "\"I was there often enough, when I was a much younger man,\" said Mr. Hale.",
        "\"Now listen to me carefully, for I have a great deal to say,\" said Ned Brand. \"I came a long way.\"",
        "As he spoke, he pushed a coin across the table to his companion. When Mr. Hale had put it in his pocket, he "
            + "went on:",
        "\"Carry your memory back to the winter of the great storm, my friend.\""));

    Quote back = quote(doc, "Carry your memory back");
    assertThat(back.speaker()).as(back.evidence()).contains("Brand");
    assertThat(back.evidence()).contains("who spoke just before");
  }

  @Test
  void theDescribedPersonThatOpensABeatIsThePronounOfTheTagAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "\"Come in, whoever you are, and shut the door behind you!\" said Mr. Grey.",
        "The man who entered was young, some two-and-twenty at the outside, well-groomed and trimly clad, with "
            + "something of refinement and delicacy in his bearing. The umbrella which he held in his hand told of "
            + "the weather through which he had come.",
        "\"I owe you an apology for calling so late,\" he said, raising his spectacles to his eyes."));

    Quote apology = quote(doc, "I owe you an apology");
    assertThat(apology.speaker()).as(apology.evidence()).doesNotContain("Grey");
    assertThat(apology.evidence()).contains("he = the man");
  }

  @Test
  void aBrokenOffQuestionBeforeItsTagIsSpeechNotATitleThatSpeaks() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "\"But of what society, then, do you speak?\" asked Ned Brand.",
        "\"Have you never--\" said Tom Hardy, bending forward and sinking his voice--\"have you never heard of the "
            + "old society of the hills?\""));

    Quote heard = quote(doc, "have you never heard");
    assertThat(heard.speaker()).as(heard.evidence()).isEqualTo("Tom Hardy");
  }

  @Test
  void aNameJoinedByAndToTitlesBeforeItIsTheSpeakerNotTheTitle() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In 1937, the French author and Nobel laureate Jean Morel wrote to the minister seeking clemency, arguing "
            + "that \"an intellect like that of the prisoner is a treasure for his whole country.\""));

    Quote treasure = quote(doc, "an intellect like");
    assertThat(treasure.speaker()).as(treasure.evidence()).isEqualTo("Jean Morel");
  }

  @Test
  void aPronounSubjectIsNeverANameThatHangsFromItsOwnVerb() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Semyon Lutsky was arrested in the spring of 1936 and taken to the capital.",
        "To another old leader, Pavel Orlov, he confided that the minister \"is not a man, but a devil who will "
            + "destroy us all.\""));

    Quote devil = quote(doc, "is not a man");
    assertThat(devil.speaker()).as(devil.evidence()).isEqualTo("Semyon Lutsky");
  }

  @Test
  void theSourceAfterAccordingToIsTheNameInAppositionToItsNoun() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The poet Grigory Lensky had many friends in the party, and Piotr Varga was the most loyal of them.",
        "According to Lensky's wife, Vera, \"Grigory owed him all the pleasant things in his life and his work.\""));

    Quote owed = quote(doc, "owed him all");
    assertThat(owed.speaker()).as(owed.evidence()).contains("Vera").doesNotContain("Grigory");
  }

  @Test
  void aDocumentSpeaksForWhoeverPutItOutNotForWhoeverGotIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In 1996 the Bundestag amended the harbour law, introducing a statement saying \"no fisherman shall lose his "
            + "berth for want of a licence issued by the crown.\" Later the Marine Directorate issued a bulletin "
            + "saying \"the new rules will apply to every harbour on the western coast from the spring.\"",
        "Harald Lund received a letter saying \"your members will have to register their boats before "
            + "the end of the month.\""));

    assertThat(quote(doc, "no fisherman").speaker()).as(quote(doc, "no fisherman").evidence()).contains("Bundestag");
    assertThat(quote(doc, "new rules").speaker()).as(quote(doc, "new rules").evidence())
        .contains("Marine Directorate");
    assertThat(quote(doc, "your members").speaker()).as(quote(doc, "your members").evidence())
        .doesNotContain("Lund");
  }

  @Test
  void aTitleSpeakerKeepsTheBodyItIsHeldIn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In a telegram to the Secretary-General of the United Nations, the Secretary-General of the Organization of "
            + "American States warned that \"the member states cannot stand aside while the fighting spreads to the "
            + "border.\""));

    Quote warned = quote(doc, "member states");
    assertThat(warned.speaker()).as(warned.evidence()).contains("Organization of American States")
        .doesNotContain("United Nations");
  }

  @Test
  void theObjectOfAVerbOfCausingSaysWhatItsInfinitiveSays() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "In one incident, his steward, Anton Holm, reported that a guest had refused the wine; Holm poured it anyway, "
            + "prompting the furious Count Edvard Brask to declare, \"Now it is not a welcome, it is an insult to the "
            + "whole house!\""));

    Quote declared = quote(doc, "not a welcome");
    assertThat(declared.speaker()).as(declared.evidence()).contains("Brask").doesNotContain("Holm");
  }

  @Test
  void aParticipleOfOrderingSpeaksForTheSubjectOfItsClause() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "The porter Mats Lind tried to explain that the old man was ill. Count Edvard Brask angrily dismissed his "
            + "fears and quickly left, ordering him, \"Do not wake the house, do not call anyone and do not disturb "
            + "the old man!\""));

    Quote ordered = quote(doc, "Do not wake");
    assertThat(ordered.speaker()).as(ordered.evidence()).contains("Brask").doesNotContain("Lind");
  }

  @Test
  void theAgentOfAPassiveVerbOfSayingIsItsSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "When the old king died, Count Edvard Brask was the first to step forward to kiss his hand (a move likened "
            + "by the historian Ida Berg to \"taking a dead man's crown off his head\")."));

    Quote likened = quote(doc, "crown off");
    assertThat(likened.speaker()).as(likened.evidence()).contains("Berg");
  }

  @Test
  void aPronounInATagStandsForTheSubjectOfAPassiveSentenceBefore() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "At the meeting of the council, Mayor Petter Dahl suddenly launched an attack on Count Edvard Brask, "
            + "accusing him of treason. Brask was taken completely by surprise. He asked, \"What is going on, "
            + "my friend? Why are you looking for trouble in my house?\""));

    Quote asked = quote(doc, "What is going on");
    assertThat(asked.speaker()).as(asked.evidence()).contains("Brask").doesNotContain("Dahl");
  }

  @Test
  void titlesCoordinatedAfterANameAreItsHoldersSoTheTitleAloneSpeaksForThem() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“Why, indeed?” murmured the detective. “I knew that I was addressing Rudolf Anselm von Hallberg, Grand Duke "
            + "of Lorrach-Tiefen, and hereditary King of Moravia.”",
        "“It is a small matter to you, no doubt,” said the clerk, “and a very short one to tell.”",
        "“But a very serious one to me and to all of my house,” returned the King reproachfully."));

    Quote returned = quote(doc, "a very serious one");
    assertThat(returned.speaker()).as(returned.evidence()).contains("Hallberg");
    assertThat(doc.mentions()).filteredOn(m -> m.text().startsWith("Grand Duke"))
        .allSatisfy(m -> assertThat(m.type()).isNotEqualTo("PERSON"));
  }

  @Test
  void aPartOfAPersonThatActsLeadsIntoWhatThatPersonSays() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Our visitor sat in silence. Edwin Marlowe's quick eye took in my occupation, and he shook his head with a "
            + "smile as he noticed my questioning glances. \"Beyond the obvious facts that he has at some time done "
            + "manual labour and that he has been at sea, I can deduce nothing else.\""));

    Quote beyond = quote(doc, "obvious facts");
    assertThat(beyond.speaker()).as(beyond.evidence()).contains("Marlowe");
  }
}

package org.corpusstats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusstats.extract.Analyse.quote;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who speaks in dialogue when the tags say little: the person addressed, a first-person narrator, a person described
 * but not named ("said the stranger"), "said one", a reply reported in the narration. Small texts written for the
 * test, through the real CoreNLP models, with made-up names.
 */
@Tag("corenlp")
final class DialogueSpeakersTest {

  @Test
  void thePersonAQuoteAddressesByNameDoesNotSpeakIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Edgar Moss watched Harold Vance across the table. Harold Vance said nothing for a long time.",
        "“Wake up, Harold, the boat leaves within the hour and we have not packed a thing,” he said."));

    Quote quote = quote(doc, "Wake up");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Moss");
  }

  @Test
  void theNarratorIsThePersonTheOthersAddressByName() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“Where have you been all the morning, Ned?” asked Martha Quill.",
        "“At the mill,” said I. “The wheel is broken again and nobody in the village can mend it.”",
        "“Then you must go back tomorrow, Ned, and take your father's tools with you,” said she."));

    Quote quote = quote(doc, "The wheel is broken");
    assertThat(quote.speaker()).as(quote.evidence()).isEqualTo("Ned");
    assertThat(quote(doc, "Then you must go back").speaker()).contains("Quill");
  }

  @Test
  void aDescribedSpeakerWhoGivesHisNameInAQuotationTakesIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "A tall stranger came into the inn and sat down by the fire without a word.",
        "“Is the landlord at home tonight?” said the stranger. “I have ridden forty miles to see him.”",
        "“He is out at the market until late,” said Tom Briggs.",
        "“My name,” said he, “is Ambrose Pell, and I will wait for him here by the fire.”"));

    Quote first = quote(doc, "Is the landlord");
    assertThat(first.speaker()).as(first.evidence()).contains("Pell");
    assertThat(first.evidence()).contains("the stranger");
    assertThat(quote(doc, "He is out").speaker()).contains("Briggs");
  }

  @Test
  void aDescriptionAnEmphaticHerselfFollowsIsThePersonNamedJustBefore() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Then there was a knock, and the maid came in to announce Miss Ada Lind, while the lady herself stood in the "
            + "doorway behind her. Oscar Penrose rose and bowed her into a chair by the window.",
        "“Do you not find,” he said, “that the long walk up the hill from the station tires you a little?”",
        "“I did at first,” she answered, “but now I know every stone of the way without looking down at it.”"));
    Quote answer = quote(doc, "every stone of the way");
    assertThat(answer.speaker()).as(answer.evidence()).isEqualTo("Miss Ada Lind");
  }

  @Test
  void aDescribedSpeakerNeverNamedLeavesTheSpeakerEmptyButKeepsHisTurns() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Tom Briggs stopped at the gate, where a soldier stood guard with his rifle.",
        "“You cannot pass this gate without a written order from the colonel,” said the soldier.",
        "“I have carried letters through this gate every day for a year,” replied Tom Briggs.",
        "“Then you have carried them for a year without an order, and that is over now.”"));

    Quote first = quote(doc, "You cannot pass");
    assertThat(first.speaker()).as(first.evidence()).isEmpty();
    assertThat(first.evidence()).contains("the soldier");
    Quote third = quote(doc, "Then you have carried");
    assertThat(third.speaker()).as(third.evidence()).isEmpty();
    assertThat(third.evidence()).contains("the soldier");
  }

  @Test
  void aDescribedSpeakerWhoTakesANamedSpeakersTurnsIsThatSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Silas Crane sat on a barrel with his pipe, and the crew stood round him in the dark.",
        "“We sail at dawn, lads, and no man stays behind,” said Crane.",
        "“And who made you master of this ship?” asked Ned Hollis.",
        "“The owners did, and you signed their articles like the rest,” said Crane.",
        "“Articles are paper, and paper burns in a good fire,” returned Ned Hollis.",
        "The old sailor took the pipe from his mouth and laughed at him.",
        "“Burn them, then, and see how far paper will carry you home,” said the old sailor.",
        "“Farther than your promises have carried any of us,” said Ned Hollis.",
        "“Enough talk for one night,” said the old sailor. “We sail at dawn, all of us together.”"));

    Quote quote = quote(doc, "Burn them, then");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Crane");
    assertThat(quote.evidence()).contains("the same turns");
  }

  @Test
  void aSurnameTheTaggerTookForACommonNounStillNamesTheSpeaker() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Long Tom Silver sat on the keg by the door, and Dick Marsh sat opposite him with the lamp.",
        "“Then here goes, and be hanged to you all!” said Marsh.",
        "“Avast, there!” cried Silver. “Sit down before you fall down, and keep your knife in your belt.”"));

    Quote quote = quote(doc, "Sit down before");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Silver");
  }

  @Test
  void anIndefiniteSpeakerNamesNobodyAndNoRuleGuessesOne() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Captain Rowe read the letter aloud to the crew on the deck.",
        "“That is the old captain's hand, sure enough, and his mark below it,” said one."));

    Quote quote = quote(doc, "old captain's hand");
    assertThat(quote.speaker()).as(quote.evidence()).isEmpty();
    assertThat(quote.evidence()).contains("said one");
  }

  @Test
  void theQuoteAfterAReportedReplyIsTheOtherPersonsAnswer() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“Will you walk with me to the harbour this evening, Mr. Dale?” asked Rosa Finch.",
        "Mr. Dale said that he would come gladly, and that he would bring a lamp.",
        "“Then we shall leave at six, and you must wear your good coat against the wind.”"));

    Quote quote = quote(doc, "Then we shall leave");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Finch");
    assertThat(quote.evidence()).contains("answering");
  }

  @Test
  void aReplyReportedThroughAnObliqueIsStillAReportedReply() {
    // the parser hangs "that I had no objection" from "difficulty", not from the verb of saying
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“You will have no objection, I dare say, to living in town for a year?” asked Rosa Finch.",
        "Once more, I stammered with difficulty that I had no objection.",
        "“I should think not! Then we shall leave at six, and you must wear your good coat against the wind.”"));

    Quote quote = quote(doc, "Then we shall leave");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Finch");
  }

  @Test
  void aReplyReportedAfterTheTagInTheSameParagraphIsAnsweredByTheOtherPerson() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“You will need a tutor in town, and I can name one for you,” said Mr. Harwood, folding his hands.",
        "“That is more like it!” cried Mr. Harwood.--And (I added), I would gladly call on that gentleman.",
        "“Good. You had better see him in his own house. The way shall be prepared for you before the week is out.”"));

    Quote quote = quote(doc, "You had better see him");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Harwood");
  }

  @Test
  void aFirstPersonNarratorAnswersTurnsThatNoTagGives() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“You are late again,” said I, as Oliver Penrose came into the study and threw his hat upon the sofa.",
        "“Well, really!” he cried, and he laughed until he had to sit down on the arm of the chair by the window.",
        "“What has happened to you since this morning?”",
        "“Nothing that you would ever guess, though you may try all evening if you like.”"));

    Quote question = quote(doc, "What has happened");
    assertThat(question.evidence()).contains("narrator");
    Quote answer = quote(doc, "Nothing that you would");
    assertThat(answer.speaker()).as(answer.evidence()).contains("Penrose");
  }

  @Test
  void aBeatOfNarrationThatNamesNobodyKeepsTheConversationGoing() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Clara Voss had been silent for a long while, looking at the letter in her hand.",
        "“My dear Clara,” said I, “you cannot mean to answer it tonight, with the roads as they are after the rain.”",
        "She smiled to herself and folded the letter twice.",
        "“It is simple enough,” said she; “the coach leaves at nine, and a letter is lighter than a traveller.”"));

    Quote second = quote(doc, "the coach leaves at nine");
    assertThat(second.speaker()).as(second.evidence()).contains("Voss");
  }

  @Test
  void aNameInAppositionIsNotThePersonSpokenTo() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Arthur Quayle rose when Simon Barr came in, and Martin Hale stood up beside him.",
        "“Good evening,” said Arthur Quayle. “This is my partner and old friend, Martin Hale, who knows all my affairs."
            + " Pray sit down, Mr. Barr.”",
        "“I had hoped to speak to you alone, for the matter is a delicate one and concerns my family.”"));

    Quote visitor = quote(doc, "I had hoped to speak");
    assertThat(visitor.speaker()).as(visitor.evidence()).contains("Barr");
  }

  @Test
  void aNameReadOutOnceLikeAVocativeIsNobodyWhoAnswers() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Ernest Lowe unfolded the map while Peter Crane watched him from the door.",
        "“Is the road to the north still open this winter?” asked Peter Crane.",
        "“It is closed beyond the river,” said Ernest Lowe. “Mill Lane, no. Fenwick, yes. Marlow, yes, I think.”",
        "“Then we must go round by the coast and lose a day, which is what I feared from the start.”"));

    Quote answer = quote(doc, "Then we must go round");
    assertThat(answer.speaker()).as(answer.evidence()).contains("Crane");
  }

  @Test
  void aPersonDescribedAsTheSubjectSinceTheLastQuoteIsNotItsSpeakerGoingOn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“If you would only tell me the whole story, I could advise you far better than I can now,” said Alfred Marsh.",
        "The visitor rose from his chair and walked up and down the room. Then he threw his gloves upon the table.",
        "“You are right,” he cried; “I have hidden too much, and it has cost me a great deal already.”"));

    Quote quote = quote(doc, "I have hidden too much");
    assertThat(quote.speaker()).as(quote.evidence()).doesNotContain("Marsh");
    assertThat(quote.evidence()).contains("the visitor");
  }

  @Test
  void aPersonNamedOnlyAsTheObjectOfABeatDoesNotTakeTheNextHe() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "Mr. Hollis read the letter aloud, and the stranger listened by the fire.",
        "“Either you wrote this letter yourself, or you did not write it,” said the stranger.",
        "He stood with his head on one side, and he pointed his finger at Mr. Hollis.",
        "“Now!” said he. “Did you write it, or did you not write it, or will you not tell us at all?”"));

    Quote quote = quote(doc, "Did you write it");
    assertThat(quote.speaker()).as(quote.evidence()).doesNotContain("Hollis");
    assertThat(quote.evidence()).as(quote(doc, "Either you wrote").evidence()).contains("stranger");
  }

  @Test
  void aNameGivenInAnswerToAQuestionForOneIsTheAnswerersName() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "The stranger had not gone far, so Tom Briggs ran after him down the lane in the rain.",
        "“I have one more thing to ask you before you go,” said Tom Briggs. “What name am I to ask for?”",
        "“Harlowe!” replied the stranger, and strode away into the dark."));

    Quote answer = quote(doc, "Harlowe");
    assertThat(answer.speaker()).as(answer.evidence()).isEqualTo("Harlowe");
  }

  @Test
  void aQuoteNoRuleDecidesIsThePersonNamedActingRightAfterIt() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "The two men sat at the table of the inn for a long while without a word.",
        "“Were you looking for me when you came past the window this evening?” he said at last.",
        "“Not that I know of, unless you are the man from the mill--” Here Mr. Garth stopped short, and waited."));

    Quote quote = quote(doc, "Not that I know of");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Garth");
    assertThat(quote.evidence()).contains("acts right after");
  }

  @Test
  void theOtherInATagIsLeftToTurnTaking() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n", "A title",
        "“I was the porter of this very house for nine years before the fire,” said Mr. Garth.",
        "“Just so,” said Edwin Rook. “It was in that coat that I saw you, and I knew your face at once.”",
        "“I am the master of the house now, young man,” said Mr. Garth, with some pride in his voice.",
        "“Just so,” rejoined the other. “You have the same eye to your own interest that you had then.”"));

    Quote quote = quote(doc, "You have the same eye");
    assertThat(quote.speaker()).as(quote.evidence()).contains("Rook");
  }

  @Test
  void theNarratorWhoHasBeenAnsweringIsShownAsTheNarratorInTheEvidence() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "Mr. Grey and I walked slowly along the river in the evening.",
        "\"Do you talk by rule, then, while you are walking with a friend?\" asked Grey.",
        "\"Sometimes. One must speak a little, you know, or it would look very odd,\" said I.",
        "\"Are you consulting your own feelings in the present case, or mine?\" said Grey.",
        "\"Both, for I have always seen a great similarity in the turn of our minds,\" I replied.",
        "At that moment, Sir Walter Hill appeared close to us, and he stopped to compliment Grey on his walking.",
        "\"Such very superior walking is not often seen, my dear sir, and your friend does not disgrace you.\"",
        "Recovering himself, Grey turned to me, and said, \"His interruption has made me forget what we were "
            + "talking of.\"",
        "\"I do not think we were speaking at all, and I cannot imagine what we are to talk of next.\""));

    assertThat(doc.quotes()).extracting(Quote::evidence).allSatisfy(e -> assertThat(e).doesNotContainPattern("\\p{Cc}"));
    assertThat(doc.quotes()).extracting(Quote::evidence).anySatisfy(e -> assertThat(e).contains("the narrator [turn-taking"));
  }

  @Test
  void aNewTurnRightAfterSomeonesOwnTurnIsNeverTheirsByTurnTakingReadBackwards() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "We sat at supper, Joe and Biddy and I, and nobody ate very much that evening.",
        "\"Yes, they will soon be gone, and the house will be quiet again,\" observed Joe.",
        "\"Soon, very soon, and then we shall miss them all,\" said Biddy.",
        "\"I have been thinking, Joe, that when I go down town on Monday I shall order my new clothes.\"",
        "\"The neighbours might like to see you in your new clothes too, you know,\" said Joe.",
        "\"That is just what he does not want, Joe, and you know it very well,\" said Biddy."));

    Quote thinking = quote(doc, "I have been thinking");
    assertThat(thinking.speaker()).as(thinking.evidence()).isNotEqualTo("Biddy");
  }

  @Test
  void aNameSpokenToInsideANestedQuoteDoesNotStopTheTellerGoingOn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "\"Tell me the whole story from the very beginning, Mr. Grant,\" said Holmes.",
        "\"The first thing that put us out was that advertisement,\" said Mr. Grant. \"My clerk came down into the "
            + "office just this day eight weeks, with this very paper in his hand, and he says:",
        "\"'I wish to the Lord, Mr. Grant, that I had hair as red as yours.'",
        "\"'Why that?' I asks him, for I could not see his meaning at all.\""));

    Quote wish = quote(doc, "I wish to the Lord");
    assertThat(wish.speaker()).as(wish.evidence()).isEqualTo("Mr. Grant");
  }

  @Test
  void aManBroughtInByAnIndefiniteSubjectIsTheHeOfTheNextTagAndTakesTheNameHeAsksToBeAddressedBy() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "\u201cCome in!\u201d said Marlowe.",
        "A man entered who could hardly have been less than six feet in height, with the chest and arms of a "
            + "wrestler. His coat was rich with a richness which would be thought vulgar. Heavy bands of fur were "
            + "slashed across its sleeves. He carried a wide hat in his hand. A black mask covered the upper part of "
            + "his face. From the lower part of the face he appeared to be a man of strong character.",
        "\u201cYou had my letter?\u201d he asked with a deep harsh voice. \u201cI told you that I would call.\u201d",
        "\u201cPray take a seat,\u201d said Marlowe. \u201cWhom have I the honour to address?\u201d",
        "\u201cYou may address me as the Count Edvard Brask, a nobleman of the north. I understand that you can "
            + "keep a secret.\u201d"));

    Quote asked = quote(doc, "my letter");
    assertThat(asked.speaker()).as(asked.evidence()).contains("Brask");
  }


  @Test
  void aNameCalledInAnyQuoteOfATurnAnswersTheNextTurn() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“You see the man at the door?” said Edwin Marlowe. “He has come to consult us.”",
        "“I see nothing remarkable in him at all,” said I.",
        "Mr. Jonas Pike started up in his chair, with his forefinger upon the paper, but his eyes upon my companion.",
        "“How, in the name of good fortune, did you know all that, Mr. Marlowe?” he asked. “How did you know, for "
            + "example, that I did manual labour?”",
        "“Your hands, my dear sir. Your right hand is quite a size larger than your left.”"));

    Quote hands = quote(doc, "Your hands");
    assertThat(hands.speaker()).as(hands.evidence()).contains("Marlowe");
  }

  @Test
  void aTurnEndingInAQuestionIsAnsweredNotGoneOnWith() {
    DocumentAnalysis doc = Analyse.text(String.join("\n\n",
        "A title",
        "“If you can do nothing better than laugh at me, I can go elsewhere,” said Mr. Jonas Pike, half rising.",
        "Edwin Marlowe laughed at that, and Mr. Jonas Pike flushed up to the roots of his hair.",
        "“No, no,” cried Edwin Marlowe, shoving him back into the chair from which he had half risen. “I really "
            + "would not miss your case for the world. It is most refreshingly unusual. But there is, if you will "
            + "excuse my saying so, something a little funny about it. Pray what steps did you take when you found "
            + "the card upon the door?”",
        "“I was staggered, sir. I did not know what to do. Then I called at the offices round, but none of them "
            + "seemed to know anything about it. Finally, I went to the landlord, who is an accountant living on "
            + "the ground floor, and I asked him if he could tell me what had become of the league.”"));

    Quote staggered = quote(doc, "I was staggered");
    assertThat(staggered.speaker()).as(staggered.evidence()).contains("Pike");
  }
}

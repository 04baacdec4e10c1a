package org.corpusstats.extract;

/**
 * The rule that decided a quotation's speaker, most precise first: each sieve only fills the quotations the
 * sieves before it left open (the order of CoreNLP's quote attribution and BookNLP). Its label ends the
 * {@code evidence} cell of quotes.csv.
 */
enum Sieve {
  /** A speech tag next to the quote: `"…," said he`, `Elizabeth replied, "…"`. */
  SPEECH_TAG("speech tag"),
  /** A verb of saying elsewhere in the quote's sentence, and its subject. */
  SAME_SENTENCE("same sentence"),
  /** The sentence before a quote that opens its paragraph: its verb of saying. */
  LEAD_IN("lead-in"),
  /** The sentence before, ending in a colon: its main verb's subject. */
  LEAD_IN_COLON("lead-in ending in a colon"),
  /** The person or pronoun that is the main subject of the narration sentence just before, in its paragraph. */
  ACTION_BEAT("the one who acts just before it in its paragraph"),
  /** A law named by its title as the main subject of the quote's sentence, or "under" which it stands. */
  LAW_WORDING("the law whose words it quotes"),
  /** A further quote in the paragraph of an attributed one, with no cue of its own. */
  SAME_PARAGRAPH("same paragraph"),
  /** A paragraph that goes on with the quotation the paragraph before left open. */
  CONTINUED("continues the paragraph before"),
  /** Dialogue: the person addressed by name in the turn before answers. */
  ADDRESSEE("addressed in the turn before"),
  /** Dialogue: two speakers taking turns, A B A. */
  TURN_TAKING("turn-taking"),
  /** A long quote paragraph after another of one speaker's, with no turn between: the same speech goes on. */
  SAME_SPEECH("the same speech goes on"),
  /** A quote opening its paragraph after a paragraph of narration about one person alone: that person speaks. */
  NARRATION_BEFORE("the one person the narration before is about"),
  /** The person named as the main subject of the narration right after a quote, in its paragraph. */
  ACTION_AFTER("the one who acts right after it in its paragraph");

  final String label;

  Sieve(String label) {
    this.label = label;
  }
}

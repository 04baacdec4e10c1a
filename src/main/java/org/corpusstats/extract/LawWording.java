package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.corpusstats.extract.SpeakerResolver.Found;

/**
 * "Under the Housing Act of 1950, councils had a duty “to …”", "The Water Code required that wells be “…”", "A
 * Libraries Act was passed in 1919 “to …”": a quotation of a law's wording. When no person or body says it, and the
 * quote's sentence has a law named by its title (a name ending in a noun of law-nouns.txt) for its main subject, or
 * sets itself "under" one, the law is the quotation's source, as a document quoted by its title is.
 */
final class LawWording {

  static final Set<String> LAW_NOUNS = WordList.load("law-nouns.txt");

  private final AnnotatedText doc;
  private final SpeakerResolver names;

  LawWording(AnnotatedText doc, SpeakerResolver names) {
    this.doc = doc;
    this.names = names;
  }

  /** The law whose wording the quote in this sentence gives, or null. */
  Found quotedIn(int sentence) {
    SemanticGraph graph = names.graph(sentence);
    IndexedWord root = graph == null ? null : graph.getFirstRoot();
    if (root == null) {
      return null;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    Found law = null;
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(root)) {
      String relation = edge.getRelation().toString();
      boolean subject = relation.equals("nsubj") || relation.equals("nsubj:pass");
      Token dependent = tokens.get(edge.getDependent().index() - 1);
      if (subject && namesSomeoneWhoSpeaks(dependent) || agent(graph, root, edge)) {
        return null; // "The Act was drafted by Beveridge": a person may be its source
      }
      if (subject && law == null) {
        law = lawNamed(tokens, edge.getDependent().index() - 1);
      }
    }
    return law != null ? law : under(tokens);
  }

  /**
   * "Under the Rural Schools (Transport) Act, councils had a duty “…”": the title after "under". Read from the tokens,
   * as brackets in a title often break its parse.
   */
  private Found under(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).text().equalsIgnoreCase("under") || doc.insideQuote(tokens.get(i).charBegin())) {
        continue;
      }
      int end = tokens.get(i + 1).pos().equals("DT") ? i + 2 : i + 1;
      while (end < tokens.size() && (capitalised(tokens.get(end)) || bracket(tokens.get(end)))) {
        end++;
      }
      // the law noun ends the capitalised run ("the Mines Act") or follows it ("the Mines act")
      Found law = end > i + 1 ? lawNamed(tokens, end - 1) : null;
      if (law == null && end < tokens.size()) {
        law = lawNamed(tokens, end);
      }
      if (law != null) {
        return law;
      }
    }
    return null;
  }

  /** "drafted by Anna Weber": the agent of a passive, "obl:agent" in the enhanced graph, "obl" with "by" in the basic. */
  private static boolean agent(SemanticGraph graph, IndexedWord root, SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    return relation.equals("obl:agent") || relation.startsWith("obl")
        && graph.outgoingEdgeList(root).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"))
        && graph.outgoingEdgeList(edge.getDependent()).stream().anyMatch(e ->
            e.getRelation().getShortName().equals("case") && e.getDependent().word().equalsIgnoreCase("by"));
  }

  private boolean namesSomeoneWhoSpeaks(Token token) {
    RawMention m = names.mentionAt(token.charBegin());
    return m != null && (m.nerType().equals("PERSON") || m.nerType().equals("ORGANIZATION"));
  }

  /**
   * The title of the law whose head noun is token {@code head}: the capitalised words before it back to a determiner
   * ("the National Parks Act", "a Married Women (Property) Act"), and a capitalised "of" name or year after it ("the
   * Treaty of Rome", "the Mines Act of 1911"). A law noun with no capital in its title ("the law") names no particular
   * law.
   */
  private Found lawNamed(List<Token> tokens, int head) {
    Token noun = tokens.get(head);
    if (!noun.pos().startsWith("NN") || noun.ner().equals("PERSON") || doc.insideQuote(noun.charBegin())
        || !LAW_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int first = head;
    while (first > 0 && (capitalised(tokens.get(first - 1)) || bracket(tokens.get(first - 1)))
        && !tokens.get(first - 1).pos().equals("DT")) {
      first--;
    }
    while (first < head && bracket(tokens.get(first))) {
      first++;
    }
    int last = head;
    if (capitalised(noun) && head + 2 < tokens.size() && tokens.get(head + 1).text().equals("of")
        && capitalised(tokens.get(head + 2))) {
      last = head + 2;
      while (last + 1 < tokens.size() && capitalised(tokens.get(last + 1))) {
        last++;
      }
    }
    if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("of") && year(tokens.get(last + 2))) {
      last += 2; // "the Housing Act of 1949": the year tells laws of one name apart
    }
    if (first == head && last == head && !capitalised(noun)) {
      return null;
    }
    String title = doc.slice(tokens.get(first).charBegin(), tokens.get(last).charEnd());
    return new Found(title, "WORK", title + " [" + Sieve.LAW_WORDING.label + "]", Sieve.LAW_WORDING);
  }

  private static boolean capitalised(Token token) {
    return Character.isUpperCase(token.text().codePointAt(0));
  }

  private static boolean year(Token token) {
    return token.pos().equals("CD") && token.text().matches("\\d{4}");
  }

  private static boolean bracket(Token token) {
    return token.pos().equals("-LRB-") || token.pos().equals("-RRB-");
  }
}

package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "Liverovsky, Minister of Ways and Communications", "two men no less unpopular, Rutenburg and Paltchinsky": a name in
 * apposition to an office or to a noun for people names a person, whatever NER took it for (a name it does not know
 * is often tagged a place). Names joined by "and" to such a name are persons too, and so is a capitalised word
 * inside a sentence that NER left untagged, joined by "and" or a comma to a person's name ("Anderson, and Hands, and
 * you, George Merry": a name that is also a common noun). A name after "the late" is a person's.
 */
final class Appositions {

  /**
   * The types NER gives unknown names: a place or a thing, not an organisation (whose apposition is its kind), a
   * country or a nationality (words of their own). What the text shows such a name to be wins over them.
   */
  static final Set<String> RETYPED = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC");

  private Appositions() {}

  /** The sentence's mentions, with those that stand in apposition to a person retyped PERSON. */
  static List<RawMention> persons(AnnotatedText doc, int sentence, List<RawMention> mentions) {
    SemanticGraph graph = doc.graph(sentence);
    if (graph == null) {
      return mentions;
    }
    List<Token> tokens = doc.sentence(sentence).tokens();
    List<RawMention> result = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      IndexedWord head = graph.getNodeByIndexSafe(m.mention().tokenEnd());
      boolean person = RETYPED.contains(m.nerType()) && head != null
          && (inApposition(graph, tokens, head) || conjoinedTo(graph, tokens, head))
          || !m.nerType().equals("PERSON") && afterTheLate(tokens, m.mention().tokenBegin());
      result.add(person ? new RawMention(m.mention(), m.key(), "PERSON") : m);
    }
    List<RawMention> conjuncts = untaggedConjuncts(doc, sentence, graph, tokens, result);
    conjuncts.addAll(countedNames(doc, sentence, tokens, result, conjuncts));
    List<RawMention> all = new ArrayList<>();
    for (RawMention m : result) {
      boolean listed = conjuncts.stream().anyMatch(c -> c.mention().charBegin() == m.mention().charBegin()
          && c.mention().charEnd() == m.mention().charEnd());
      if (!listed) {
        all.add(m);
      }
    }
    all.addAll(conjuncts);
    all.sort(java.util.Comparator.comparingInt(r -> r.mention().charBegin()));
    return all;
  }

  /** "the bequest of the late Ezekiah Hopkins": only a person is "the late" someone, whatever NER took the name for. */
  private static boolean afterTheLate(List<Token> tokens, int first) {
    return first >= 2 && tokens.get(first - 1).text().equalsIgnoreCase("late")
        && tokens.get(first - 2).text().equalsIgnoreCase("the");
  }

  private static List<RawMention> untaggedConjuncts(AnnotatedText doc, int sentence, SemanticGraph graph,
                                                    List<Token> tokens, List<RawMention> mentions) {
    List<RawMention> added = new ArrayList<>();
    for (RawMention m : mentions) {
      IndexedWord head = m.nerType().equals("PERSON") ? graph.getNodeByIndexSafe(m.mention().tokenEnd()) : null;
      if (head == null) {
        continue;
      }
      List<IndexedWord> conjuncts = new ArrayList<>(graph.getChildrenWithReln(head,
          edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONJUNCT));
      IndexedWord governor = graph.getParent(head);
      if (governor != null && graph.reln(governor, head).getShortName().equals("conj")) {
        conjuncts.add(governor);
        conjuncts.addAll(graph.getChildrenWithReln(governor,
            edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONJUNCT));
      }
      IndexedWord first = governor != null && graph.reln(governor, head).getShortName().equals("conj") ? governor : head;
      if (graph.getChildren(first).stream().anyMatch(c -> graph.reln(first, c).getShortName().equals("det"))) {
        continue; // "all these Mensheviki and Bolsheviki and Trudoviki": a list of groups, not of persons
      }
      if (!mostlyPersons(tokens, mentions, first, conjuncts)) {
        continue; // "about Bishops and Bowls and Brewster and Bridges": one name NER guessed a person's
      }
      for (IndexedWord word : conjuncts) {
        int i = word.index() - 1;
        if (i <= 0 || i >= tokens.size()) {
          continue;
        }
        Token token = tokens.get(i);
        // untagged, or a one-word name NER took for a thing or a place
        boolean retyped = mentions.stream().anyMatch(o -> o.mention().charBegin() == token.charBegin()
            && o.mention().charEnd() == token.charEnd() && RETYPED.contains(o.nerType()));
        boolean sameSideOfTheQuotes = doc.insideQuote(token.charBegin()) == doc.insideQuote(m.mention().charBegin());
        boolean untagged = (token.ner().equals("O") || retyped) && Character.isUpperCase(token.text().codePointAt(0))
            && token.pos().startsWith("NN") && sameSideOfTheQuotes;
        boolean free = (retyped || mentions.stream().noneMatch(o -> o.mention().charBegin() < token.charEnd()
            && token.charBegin() < o.mention().charEnd()))
            && added.stream().noneMatch(o -> o.mention().charEnd() == token.charEnd());
        int begin = givenNamesBefore(graph, tokens, word);
        if (untagged && free && standsAlone(graph, tokens, word, begin) && !WordList.isCourtesyTitle(token.text())) {
          added.add(person(doc, sentence, tokens, begin, i + 1));
        }
      }
    }
    return added;
  }

  /** The names listed after "two men …," ({@link CountedNames}) that NER missed or took for a place or a thing. */
  private static List<RawMention> countedNames(AnnotatedText doc, int sentence, List<Token> tokens,
                                               List<RawMention> mentions, List<RawMention> already) {
    List<RawMention> added = new ArrayList<>();
    for (int[] span : CountedNames.find(tokens)) {
      Token first = tokens.get(span[0]);
      Token last = tokens.get(span[1] - 1);
      boolean free = java.util.stream.Stream.concat(mentions.stream(), already.stream())
          .noneMatch(o -> o.mention().charBegin() < last.charEnd() && first.charBegin() < o.mention().charEnd()
              && !(RETYPED.contains(o.nerType()) && o.mention().charBegin() == first.charBegin()
                  && o.mention().charEnd() == last.charEnd()));
      if (free && !doc.insideQuote(first.charBegin())) {
        added.add(person(doc, sentence, tokens, span[0], span[1]));
      }
    }
    return added;
  }

  /** A person mention of the tokens [begin, end) that NER left untagged or took for something else. */
  private static RawMention person(AnnotatedText doc, int sentence, List<Token> tokens, int begin, int end) {
    Sentence s = doc.sentence(sentence);
    int charBegin = tokens.get(begin).charBegin();
    int charEnd = tokens.get(end - 1).charEnd();
    String surface = doc.slice(charBegin, charEnd);
    Mention mention = new Mention(doc.name(), s.index(), s.sectionIndex(), s.section(), s.paragraph(), charBegin,
        charEnd, surface, "PERSON", Names.key(surface), begin, end);
    return new RawMention(mention, Names.key(surface), "PERSON");
  }

  /**
   * A bare capitalised word, as a name is written: no article or preposition of its own ("the Mensheviki", "of
   * Commerce"), and no capitalised word beside it (a title's words).
   */
  /**
   * "…, Oleg Sarkanov, and Lev Vrodzimskiy": the first token of an untagged name ending in the conjunct, with the
   * capitalised untagged words before it that the parse makes its compounds.
   */
  /** Whether at least half the names of a list are persons' by NER: then the others are too. */
  private static boolean mostlyPersons(List<Token> tokens, List<RawMention> mentions, IndexedWord first,
                                       List<IndexedWord> conjuncts) {
    java.util.Set<IndexedWord> members = new java.util.LinkedHashSet<>(conjuncts);
    members.add(first);
    long persons = members.stream().map(w -> tokens.get(w.index() - 1)).filter(t -> mentions.stream()
        .anyMatch(o -> o.nerType().equals("PERSON") && o.mention().charBegin() <= t.charBegin()
            && t.charEnd() <= o.mention().charEnd())).count();
    return persons * 2 >= members.size();
  }

  private static int givenNamesBefore(SemanticGraph graph, List<Token> tokens, IndexedWord word) {
    int begin = word.index() - 1;
    while (begin > 0) {
      Token before = tokens.get(begin - 1);
      IndexedWord node = graph.getNodeByIndexSafe(begin);
      boolean compound = node != null && word.equals(graph.getParent(node))
          && graph.reln(word, node).getShortName().equals("compound");
      if (!compound || !before.ner().equals("O") || !before.pos().startsWith("NN")
          || !Character.isUpperCase(before.text().codePointAt(0)) || WordList.isCourtesyTitle(before.text())) {
        break;
      }
      begin--;
    }
    return begin;
  }

  private static boolean standsAlone(SemanticGraph graph, List<Token> tokens, IndexedWord word, int begin) {
    int i = word.index() - 1;
    boolean capitalisedBeside = begin > 0 && Character.isUpperCase(tokens.get(begin - 1).text().codePointAt(0))
        || i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).text().codePointAt(0));
    boolean marked = graph.getChildren(word).stream().anyMatch(c -> {
      String relation = graph.reln(word, c).getShortName();
      return relation.equals("det") || relation.equals("case");
    });
    return !capitalisedBeside && !marked;
  }

  private static boolean conjoinedTo(SemanticGraph graph, List<Token> tokens, IndexedWord head) {
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("conj") && inApposition(graph, tokens, edge.getGovernor())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inApposition(SemanticGraph graph, List<Token> tokens, IndexedWord head) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos") && namesPeople(tokens, edge.getDependent())) {
        return true;
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
      if (edge.getRelation().getShortName().equals("appos") && namesPeople(tokens, edge.getGovernor())) {
        return true;
      }
    }
    return false;
  }

  /** An office ("Minister", NER TITLE) or a common noun for people ("men", "assistants"). */
  private static boolean namesPeople(List<Token> tokens, IndexedWord word) {
    if (word.index() < 1 || word.index() > tokens.size()) {
      return false;
    }
    Token token = tokens.get(word.index() - 1);
    String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(java.util.Locale.ROOT);
    return token.ner().equals("TITLE")
        || token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && DescribedPersons.isPersonNoun(lemma);
  }
}

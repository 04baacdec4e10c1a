package org.corpusstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * A title predicated of a person: "Trotsky was the best known Soviet leader" (the title is the head of a copular
 * clause whose subject is the person), "After becoming General Secretary of the party, Stalin …" (the title
 * completes a verb of office whose subject, or whose clause's subject, is the person), "he was elected chairman".
 */
final class PredicateRoles {

  static final Set<String> ROLE_VERBS = WordList.load("role-verbs.txt");

  private PredicateRoles() {}

  /** The person mentions that a TITLE mention is predicated of, read from the basic dependencies. */
  static List<RawMention> holders(AnnotatedText doc, RawMention title, MentionIndex index) {
    Mention m = title.mention();
    SemanticGraph graph = doc.graph(m.sentence() - 1);
    List<RawMention> found = new ArrayList<>();
    if (graph == null) {
      return found;
    }
    IndexedWord head = head(graph, m.tokenBegin(), m.tokenEnd());
    if (head == null) {
      return found;
    }
    IndexedWord subject = null;
    if (hasChild(graph, head, "cop")) {
      subject = child(graph, head, "nsubj");
    } else {
      IndexedWord verb = graph.getParent(head);
      String relation = verb == null ? "" : graph.reln(verb, head).toString();
      // "became chairman" (xcomp), "served as ambassador" (obl with "as"); not "intolerable in a Secretary-General"
      boolean predicate = relation.equals("xcomp") || relation.startsWith("obl") && isAs(child(graph, head, "case"));
      if (verb != null && predicate && ROLE_VERBS.contains(lemma(verb))) {
        subject = subjectOf(graph, verb);
      }
    }
    if (subject != null) {
      RawMention person = personAt(doc, index, m.sentence(), subject);
      if (person != null) {
        found.add(person);
      }
    }
    return found;
  }

  /** The verb's subject, or, for a subjectless participle or infinitive, the subject of the clause it hangs on. */
  private static IndexedWord subjectOf(SemanticGraph graph, IndexedWord verb) {
    IndexedWord subject = child(graph, verb, "nsubj");
    if (subject == null) {
      subject = child(graph, verb, "nsubj:pass");
    }
    if (subject == null) {
      // A participle or infinitive has the subject of the clause it hangs on, however the parser attached it
      // ("After becoming General Secretary, Stalin …" comes out as dep(After, becoming), dep(concentrated, After)).
      IndexedWord word = verb;
      for (int step = 0; step < 3 && subject == null; step++) {
        IndexedWord parent = graph.getParent(word);
        if (parent == null) {
          break;
        }
        String relation = graph.reln(parent, word).toString();
        if (relation.equals("acl")) {
          // "Stalin, appointed General Secretary in 1922, …": the participle modifies the person.
          return parent;
        }
        if (!Set.of("advcl", "xcomp", "conj", "dep").contains(relation)) {
          break;
        }
        subject = child(graph, parent, "nsubj");
        word = parent;
      }
    }
    return subject;
  }

  private static IndexedWord head(SemanticGraph graph, int tokenBegin, int tokenEnd) {
    for (int i = tokenBegin; i < tokenEnd; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      if (word == null) {
        continue;
      }
      IndexedWord parent = graph.getParent(word);
      if (parent == null || parent.index() - 1 < tokenBegin || parent.index() - 1 >= tokenEnd) {
        return word;
      }
    }
    return null;
  }

  private static boolean isAs(IndexedWord word) {
    return word != null && word.word().equalsIgnoreCase("as");
  }

  private static boolean hasChild(SemanticGraph graph, IndexedWord word, String relation) {
    return child(graph, word, relation) != null;
  }

  private static IndexedWord child(SemanticGraph graph, IndexedWord word, String relation) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
      if (edge.getRelation().toString().equals(relation)) {
        return edge.getDependent();
      }
    }
    return null;
  }

  private static String lemma(IndexedWord word) {
    return word.lemma() == null ? word.word().toLowerCase(Locale.ROOT) : word.lemma().toLowerCase(Locale.ROOT);
  }

  private static RawMention personAt(AnnotatedText doc, MentionIndex index, int sentence, IndexedWord word) {
    Token token = doc.sentence(sentence - 1).tokens().get(word.index() - 1);
    RawMention at = index.at(token.charBegin());
    return at != null && at.nerType().equals("PERSON") ? at : null;
  }
}

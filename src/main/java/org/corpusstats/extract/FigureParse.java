package org.corpusstats.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * What the dependency parse of a sentence says about a figure in it: the noun it quantifies, whether a verb of
 * change governs it, and its role in a "from X to Y" pair.
 */
final class FigureParse {

  private static final Set<String> BE_HAVE = Set.of("be", "have", "get");

  private final AnnotatedText doc;
  private final List<Token> tokens;
  private final SemanticGraph graph;

  FigureParse(AnnotatedText doc, List<Token> tokens, SemanticGraph graph) {
    this.doc = doc;
    this.tokens = tokens;
    this.graph = graph;
  }

  /** "from" or "to" when the figure is the object of that preposition, else empty. */
  String role(FigureCandidate c) {
    IndexedWord node = node(c.anchor);
    if (node == null) {
      return "";
    }
    for (IndexedWord child : graph.getChildren(node)) {
      String rel = graph.reln(node, child).getShortName();
      if (rel.equals("case") && (child.word().equalsIgnoreCase("from") || child.word().equalsIgnoreCase("to"))) {
        return child.word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** The index of the word the figure hangs on, to pair "from" with "to" on the same verb. */
  int governor(FigureCandidate c) {
    IndexedWord node = node(c.anchor);
    IndexedWord parent = node == null ? null : graph.getParent(node);
    return parent == null ? -1 : parent.index();
  }

  /** The noun the number quantifies. */
  String unit(FigureCandidate c) {
    IndexedWord node = node(c.anchor);
    if (node != null) {
      IndexedWord parent = graph.getParent(node);
      if (parent != null && graph.reln(parent, node).getShortName().equals("nummod")
          && parent.index() > node.index() && parent.tag().startsWith("NN")) {
        return nounPhrase(parent);
      }
      IndexedWord ofObject = ofChild(node);
      if (ofObject != null) {
        return nounPhrase(ofObject);
      }
    }
    for (int i = c.end; i < Math.min(tokens.size(), c.end + 4); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("NN")) {
        return nounPhrase(node(i));
      }
      if (!(t.pos().startsWith("JJ") || t.pos().equals("VBG") || t.pos().equals("CD"))) {
        break;
      }
    }
    if (node != null) {
      IndexedWord parent = graph.getParent(node);
      if (parent != null && parent.tag().startsWith("VB")) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(parent)) {
          if (edge.getRelation().getShortName().startsWith("nsubj") && edge.getDependent() != node) {
            return nounPhrase(edge.getDependent());
          }
        }
      }
      // "sheep by over 65%": the change of the noun the figure hangs on
      if (parent != null && parent.tag().startsWith("NN") && hasCase(node, "by")) {
        return nounPhrase(parent);
      }
    }
    // "320,000 were deported": a number standing for people or things, named by what happened to them
    int next = c.end;
    if (next < tokens.size() && BE_HAVE.contains(tokens.get(next).lemma())) {
      next++;
    }
    if (next < tokens.size() && (tokens.get(next).pos().equals("VBN") || tokens.get(next).pos().equals("VBD"))
        && !BE_HAVE.contains(tokens.get(next).lemma())) {
      return tokens.get(next).text();
    }
    return "";
  }

  /** rise, fall or empty: a verb of change above the figure, or for a share anywhere in its sentence. */
  String change(FigureCandidate c) {
    IndexedWord node = node(c.anchor);
    int hops = 0;
    for (IndexedWord up = node == null ? null : graph.getParent(node); up != null && hops < 3;
         up = graph.getParent(up), hops++) {
      String direction = FigureWords.change(up.lemma());
      if (!direction.isEmpty()) {
        return direction;
      }
    }
    // Elliptic coordination: "cattle fell by 40%, sheep by over 65%" shares the verb.
    if (c.kind == FigureKind.PERCENT || c.kind == FigureKind.FRACTION) {
      return tokens.stream().filter(t -> t.pos().startsWith("VB")).map(t -> FigureWords.change(t.lemma()))
          .filter(d -> !d.isEmpty()).findFirst().orElse("");
    }
    return "";
  }

  /** The noun with its compound nouns ("party members"); a quantity noun yields its "of" object. */
  private String nounPhrase(IndexedWord head) {
    if (head == null) {
      return "";
    }
    if (FigureWords.QUANTITY_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
      IndexedWord of = ofChild(head);
      if (of != null) {
        return nounPhrase(of);
      }
    }
    int first = head.index();
    for (IndexedWord child : graph.getChildren(head)) {
      if (graph.reln(head, child).getShortName().equals("compound") && child.index() < first
          && child.index() >= first - 3) {
        first = child.index();
      }
    }
    return doc.slice(tokens.get(first - 1).charBegin(), tokens.get(head.index() - 1).charEnd());
  }

  private boolean hasCase(IndexedWord node, String preposition) {
    return graph.getChildren(node).stream().anyMatch(c -> graph.reln(node, c).getShortName().equals("case")
        && c.word().equalsIgnoreCase(preposition));
  }

  private IndexedWord ofChild(IndexedWord node) {
    for (IndexedWord child : graph.getChildren(node)) {
      String rel = graph.reln(node, child).getShortName();
      if ((rel.equals("nmod") || rel.equals("obl")) && child.index() > node.index()
          && graph.getChildren(child).stream().anyMatch(g -> g.word().equalsIgnoreCase("of"))) {
        return child;
      }
    }
    return null;
  }

  private IndexedWord node(int tokenIndex) {
    return graph == null ? null : graph.getNodeByIndexSafe(tokenIndex + 1);
  }
}

package org.corpusstats.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives every mention one canonical entity across the corpus.
 *
 * <p>The rules, in order: the user's exclusions drop mentions; forms that differ only in case are one form;
 * each form takes the NER type most of its mentions have (one sense per discourse); the user's aliases and the
 * aliases the text states ("New Economic Policy (NEP)", "Petrograd – now renamed Leningrad") join forms; a
 * one-word person name joins the full name whose last (or else first) word it is, the most mentioned one when
 * several match. Each joined set is named by its fullest form: most words, then most mentions.
 */
public final class EntityResolver {

  /** A user's correction: {@code alias} is the same entity as {@code canonical}, of this type (may be empty). */
  public record Alias(String alias, String canonical, String type) {}

  /**
   * The Wikipedia page a form of this NER type stands for, when a linker is sure enough; forms of one type group
   * that stand for the same page are one entity (persons excepted: their forms are joined by the text's own
   * evidence only, so that two persons are never merged by a link).
   */
  public interface Linker {
    /** @param vocabulary every word of the corpus, in lower case: a page's other words must be among them */
    Optional<String> page(String form, String type, Set<String> vocabulary);

    Linker NONE = (form, type, vocabulary) -> Optional.empty();
  }

  /** Two forms the text itself says are one referent. */
  public record SameReferent(String first, String second) implements Serializable {}

  /** The outcome: the canonical name and type of every form, and the entity table. */
  public record Resolution(Map<String, String> nameByForm, Map<String, String> typeByName, List<Entity> entities)
      implements Serializable {

    public String canonicalName(String form) {
      return nameByForm.get(form.toLowerCase(Locale.ROOT));
    }
  }

  private final List<Alias> aliases;
  private final Set<String> exclusions;
  private final Linker linker;

  public EntityResolver(List<Alias> aliases, Set<String> exclusions) {
    this(aliases, exclusions, Linker.NONE);
  }

  public EntityResolver(List<Alias> aliases, Set<String> exclusions, Linker linker) {
    this.linker = linker;
    this.aliases = List.copyOf(aliases);
    this.exclusions = exclusions.stream().map(e -> e.toLowerCase(Locale.ROOT).strip()).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether forms are linked to Wikipedia pages (then the resolver needs the corpus's vocabulary). */
  public boolean links() {
    return linker != Linker.NONE;
  }

  public boolean isExcluded(String form) {
    return exclusions.contains(form.toLowerCase(Locale.ROOT));
  }

  /**
   * Excluding a form drops its mentions; excluding a canonical name drops every form of that entity. So the
   * corpus is resolved once without exclusions to learn the canonical names, then again without the excluded forms.
   */
  Resolution resolve(List<RawMention> mentions, List<SameReferent> stated) {
    return resolve(mentions, stated, List.of(), Set.of());
  }

  /**
   * @param apart      person names a text shows are two persons ({@link NamesApart})
   * @param vocabulary the corpus's words in lower case, for the linker
   */
  Resolution resolve(List<RawMention> mentions, List<SameReferent> stated, List<SameReferent> apart,
                     Set<String> vocabulary) {
    if (exclusions.isEmpty()) {
      return resolveKeeping(mentions, stated, apart, form -> true, vocabulary);
    }
    Resolution everything = resolveKeeping(mentions, stated, apart, form -> true, vocabulary);
    Set<String> dropped = new java.util.HashSet<>();
    everything.nameByForm().forEach((form, name) -> {
      if (isExcluded(form) || isExcluded(name)) {
        dropped.add(form);
      }
    });
    return resolveKeeping(mentions, stated, apart, form -> !dropped.contains(lower(form)), vocabulary);
  }

  private Resolution resolveKeeping(List<RawMention> mentions, List<SameReferent> stated, List<SameReferent> apart,
                                    java.util.function.Predicate<String> keep, Set<String> vocabulary) {
    Map<String, Form> forms = new TreeMap<>();
    for (RawMention raw : mentions) {
      if (!keep.test(raw.key())) {
        continue;
      }
      forms.computeIfAbsent(lower(raw.key()), k -> new Form()).add(raw);
    }
    Map<String, String> userTypes = new HashMap<>();
    Set<String> userNames = new java.util.HashSet<>();
    UnionFind sets = new UnionFind(forms.keySet());
    for (Alias alias : aliases) {
      String canonical = lower(alias.canonical());
      forms.computeIfAbsent(canonical, k -> new Form()).surfaces.merge(alias.canonical(), 0, Integer::sum);
      forms.computeIfAbsent(lower(alias.alias()), k -> new Form());
      sets.add(canonical);
      sets.add(lower(alias.alias()));
      sets.union(lower(alias.alias()), canonical);
      userNames.add(canonical);
      if (!alias.type().isBlank()) {
        userTypes.put(canonical, alias.type().strip().toUpperCase(Locale.ROOT));
      }
    }
    for (SameReferent same : stated) {
      if (forms.containsKey(lower(same.first())) && forms.containsKey(lower(same.second()))) {
        sets.union(lower(same.first()), lower(same.second()));
      }
    }
    Set<SameReferent> twoPersons = new java.util.HashSet<>();
    apart.forEach(a -> twoPersons.add(new SameReferent(lower(a.first()), lower(a.second()))));
    PersonJoins.join(forms, sets, twoPersons);
    Set<String> nouns = FormJoins.ideologies(forms, sets);
    Map<String, String> pages = pages(forms, vocabulary);
    FormJoins.links(forms, pages, sets);

    Map<String, List<String>> members = new TreeMap<>();
    for (String form : forms.keySet()) {
      members.computeIfAbsent(sets.find(form), k -> new ArrayList<>()).add(form);
    }
    Map<String, String> nameByForm = new HashMap<>();
    Map<String, String> typeByName = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (List<String> set : members.values()) {
      String canonicalForm = set.stream().filter(userNames::contains).sorted().findFirst()
          .orElseGet(() -> set.stream().filter(nouns::contains).findFirst().orElseGet(() -> fullest(set, forms)));
      String name = forms.get(canonicalForm).display(canonicalForm);
      Form merged = new Form();
      set.forEach(f -> merged.absorb(forms.get(f)));
      String type = userTypes.getOrDefault(canonicalForm, merged.majorityType());
      set.forEach(f -> nameByForm.put(f, name));
      typeByName.put(name, type);
      if (merged.count > 0) {
        TreeSet<String> aliasForms = new TreeSet<>(merged.surfaces.keySet());
        aliasForms.remove(name);
        entities.add(new Entity(name, type, merged.count, merged.documents.size(), List.copyOf(aliasForms),
            List.of(), FormJoins.page(canonicalForm, set, forms, pages)));
      }
    }
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
    return new Resolution(nameByForm, typeByName, entities);
  }

  /** Each form's page, as the linker gives it for the form's majority type. */
  private Map<String, String> pages(Map<String, Form> forms, Set<String> vocabulary) {
    Map<String, String> pages = new HashMap<>();
    forms.forEach((form, f) -> {
      if (f.count > 0) {
        linker.page(f.display(form), f.majorityType(), vocabulary).ifPresent(page -> pages.put(form, page));
      }
    });
    return pages;
  }

  private static String fullest(List<String> set, Map<String, Form> forms) {
    return set.stream().max(Comparator.comparingInt((String f) -> f.split(" ").length)
        .thenComparingInt(f -> forms.get(f).count)
        .thenComparing(Comparator.reverseOrder())).orElseThrow();
  }

  private static String lower(String form) {
    return form.toLowerCase(Locale.ROOT).strip();
  }

  static final class UnionFind {
    private final Map<String, String> parent = new LinkedHashMap<>();

    UnionFind(Set<String> items) {
      items.forEach(this::add);
    }

    void add(String item) {
      parent.putIfAbsent(item, item);
    }

    String find(String item) {
      String root = item;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      parent.put(item, root);
      return root;
    }

    void union(String a, String b) {
      String rootA = find(a);
      String rootB = find(b);
      if (!rootA.equals(rootB)) {
        // The smaller root wins, so the result does not depend on the order unions happen in.
        if (rootA.compareTo(rootB) < 0) {
          parent.put(rootB, rootA);
        } else {
          parent.put(rootA, rootB);
        }
      }
    }
  }
}

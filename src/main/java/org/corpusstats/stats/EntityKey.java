package org.corpusstats.stats;

import java.io.Serializable;
import java.util.Comparator;

import org.corpusstats.extract.Mention;

/** A canonical entity; the type is part of the key so two referents that share a name never merge. */
public record EntityKey(String name, String type) implements Comparable<EntityKey>, Serializable {

  private static final Comparator<EntityKey> ORDER =
      Comparator.comparing(EntityKey::name).thenComparing(EntityKey::type);

  static EntityKey of(Mention mention) {
    return new EntityKey(mention.entity(), mention.type());
  }

  @Override
  public int compareTo(EntityKey other) {
    return ORDER.compare(this, other);
  }
}

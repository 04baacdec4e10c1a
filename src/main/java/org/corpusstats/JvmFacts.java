package org.corpusstats;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Java runtime did during a run, for the manifest: the heap, whether C2 compiled (the launcher leaves it out
 * of re-runs) and each collector's count and time, which shows when a long document made the old generation collect
 * (annotate/OldGenerationCeiling).
 */
final class JvmFacts {

  private JvmFacts() {}

  static Map<String, Object> now() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    boolean c1Only = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(argument -> argument.matches("-XX:TieredStopAtLevel=[0-3]"));
    facts.put("compilers", c1Only ? "c1" : "c1+c2");
    List<Map<String, Object>> collectors = new ArrayList<>();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", collector.getName());
      row.put("collections", collector.getCollectionCount());
      row.put("ms", collector.getCollectionTime());
      collectors.add(row);
    }
    facts.put("garbage_collectors", collectors);
    return facts;
  }
}

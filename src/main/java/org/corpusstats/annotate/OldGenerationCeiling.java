package org.corpusstats.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import javax.management.NotificationEmitter;

/**
 * Keeps a long run's heap footprint at what loading the models left, instead of the whole heap.
 *
 * <p>Loading CoreNLP's models leaves the old generation at about 2.4 GB, a third of it garbage. Annotating then
 * promotes a few MB of chunk annotations at each young collection, and the parallel collector collects the old
 * generation only once it is full, so a book's run touched every page of the 3.5 GB heap once; its peak resident
 * memory was 1.11 × a chapter's, which ends before that (docs/PERFORMANCE.md). When the old generation grows past
 * what it held after loading, plus a margin a chapter does not reach, one full collection brings it back down to
 * what is live (about 1.5 GB), and the promotions that follow reuse the pages already touched.
 */
final class OldGenerationCeiling {

  /** What the old generation may grow past its size after loading before it is collected. */
  static final long MARGIN = 200L << 20;

  private static boolean installed;

  private OldGenerationCeiling() {}

  /** Sets the ceiling at the old generation's present use plus {@link #MARGIN}; once per JVM, after loading. */
  static synchronized void installAfterLoading() {
    if (installed) {
      return;
    }
    installed = true;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      // "PS Old Gen" under the launcher's parallel collector; other collectors manage their old regions themselves.
      if (pool.getType() == MemoryType.HEAP && pool.getName().equals("PS Old Gen")
          && pool.isUsageThresholdSupported()) {
        long ceiling = pool.getUsage().getUsed() + MARGIN;
        if (pool.getUsage().getMax() > 0 && ceiling >= pool.getUsage().getMax()) {
          return;
        }
        pool.setUsageThreshold(ceiling);
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((notification, handback) -> {
          if (notification.getType().equals(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED)) {
            System.gc();
          }
        }, null, null);
      }
    }
  }
}

package dev.newsimpact.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The Java heap as the JVM reports it. The figure that says what a run needs is the heap still in
 * use after each garbage collection, at its highest: what no collector could free. The sum of the
 * pools' peaks also counts garbage not yet collected, so it grows with {@code -Xmx}.
 */
final class HeapMeter {

  private static final long MB = 1024 * 1024;

  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Set<String> heapPools = new HashSet<>();

  /** Starts listening to collections; measures from now on. */
  HeapMeter() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
        pool.resetPeakUsage();
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
              }
            }
            peakAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
  }

  /** The most heap in use right after a collection, since this meter started. */
  long peakAfterGcMegabytes() {
    return peakAfterGc.get() / MB;
  }

  /** The sum of the heap pools' peaks since this meter started, garbage included. */
  long peakMegabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage peak = pool.getPeakUsage();
        bytes += peak.getUsed();
      }
    }
    return bytes / MB;
  }

  /** The heap in use after a full collection: what the loaded models and tables occupy. */
  static long liveMegabytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
  }

  static long maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / MB;
  }
}

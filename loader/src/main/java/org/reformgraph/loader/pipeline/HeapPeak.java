package org.reformgraph.loader.pipeline;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once since {@link #watch()} was first called. Heap use is highest just before a garbage
 * collection, so each collection reports the sum of the heap pools' use right before it; the largest such sum (or the
 * use now, if larger) is the peak. Summing each pool's own peak instead overstates it, as the pools peak at different
 * moments: with a phased TDB2 load that sum exceeds -Xmx.
 */
final class HeapPeak {
    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicLong LIVE = new AtomicLong();
    private static volatile boolean watching;

    private HeapPeak() {
    }

    /** Starts listening to the collectors, once per JVM. */
    static synchronized void watch() {
        if (watching) {
            return;
        }
        watching = true;
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo();
                        PEAK.accumulateAndGet(used(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                        LIVE.accumulateAndGet(used(info.getMemoryUsageAfterGc(), heapPools), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /**
     * The most heap left in use after a collection, in bytes: what the load really kept, as opposed to how full the
     * collector let the heap get before collecting (which {@link #bytes()} reports, and which tends to -Xmx).
     */
    static long liveBytes() {
        return LIVE.get();
    }

    /** The peak so far, in bytes. */
    static long bytes() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(PEAK.get(), now);
    }
}

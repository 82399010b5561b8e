package dk.aarshjul.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses of 10 ms or more from a moment on, each with when it ended: G1's young, mixed and full
 * collections stop every thread, the requests' included. On Java 17 the pauses of G1's concurrent cycle (remark,
 * clean-up) are reported by no collector bean, so they are missing here; {@code -Xlog:gc} shows them. From Java 20
 * on, the bean "G1 Concurrent GC" reports them and they are counted.
 */
final class CollectorPauses implements NotificationListener, AutoCloseable {

  private static final long NOTED_MILLIS = 10;

  /** The JVM's uptime at the start, in ms: the collector gives each collection's end in the same time. */
  private final long sinceUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
  private final ConcurrentLinkedQueue<String> pauses = new ConcurrentLinkedQueue<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();

  static CollectorPauses start() {
    CollectorPauses listener = new CollectorPauses();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        listener.emitters.add(emitter);
      }
    }
    return listener;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long millis = info.getGcInfo().getDuration();
    if (millis >= NOTED_MILLIS) {
      pauses.add(String.format("%d ms at %.1f s (%s, %s)", millis, (info.getGcInfo().getEndTime() - sinceUptimeMillis) / 1e3,
          info.getGcName(), info.getGcCause()));
    }
  }

  String describe() {
    return pauses.isEmpty() ? "none" : pauses.stream().collect(Collectors.joining(", "));
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // not listening: nothing to remove
      }
    }
  }
}

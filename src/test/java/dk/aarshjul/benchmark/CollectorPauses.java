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
 * The collector's stop-the-world pauses of 10 ms or more from a moment on, each with when it ended: G1's
 * young, mixed and full collections stop every thread, the requests' included. Its concurrent cycles do not
 * stop them and are left out.
 */
final class CollectorPauses implements NotificationListener, AutoCloseable {

  private static final long NOTED_MILLIS = 10;

  private final long since = System.nanoTime();
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
    if (!info.getGcName().contains("Concurrent") && millis >= NOTED_MILLIS) {
      pauses.add(String.format("%d ms at %.1f s (%s)", millis, (System.nanoTime() - since) / 1e9, info.getGcCause()));
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

package dk.aarshjul.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.session.JdbcSessionProperties;
import org.springframework.boot.autoconfigure.session.SessionProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * The webapps' session is written back to the database only when something in it changed. Spring Session saved
 * it at every request of Tasklist and Cockpit, in a transaction of its own, for two things that had not changed:
 * the last access time, moved on by milliseconds, and Camunda's login, which its authentication filter puts
 * back into the session at the end of every request ({@code AuthenticationUtil.updateSession}), the same login
 * it read at the start. Here:
 * <ul>
 *   <li>the last access time is moved on only when it is {@link #LAST_ACCESS_STEP} or more behind, so a session
 *   of 30 minutes' inactivity ends 30 to 31 minutes after its last request;</li>
 *   <li>an attribute put back with the same content it was read with (compared in the serialized form Spring
 *   Session stores) is left as stored. A login that changed, by logging in or out or by Camunda's own refresh of
 *   the user's groups, is different and is written.</li>
 * </ul>
 * A request that changes neither saves nothing: Spring Session opens no transaction for a session without
 * changes. Everything else passes through to Spring Session's JDBC repository: new sessions, ids, expiry,
 * removal.
 *
 * <p>Spring Boot sets Spring Session up only where no session repository is given; since this is one, Spring
 * Session's own JDBC configuration is imported here, with Boot's settings of it applied as Boot applies them
 * ({@code spring.session.timeout}, else {@code server.servlet.session.timeout}; {@code spring.session.jdbc.*}).
 * The tables come from Årshjul's migrations (V9), its connections and transactions from {@link SessionCommits}.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
@EnableConfigurationProperties(JdbcSessionProperties.class)
class SessionSavedWhenChanged {

  static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

  /** What Spring Session's filter uses in place of the JDBC repository it wraps. */
  @Bean
  @Primary
  SessionRepository<? extends Session> sessionsSavedWhenChanged(JdbcIndexedSessionRepository sessions) {
    return Repository.around(sessions);
  }

  /** Boot's settings of the JDBC sessions, which it applies only with its own set-up: the timeout 30 minutes unless configured. */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> bootSessionSettings(SessionProperties session, ServerProperties server,
      JdbcSessionProperties jdbc) {
    return sessions -> {
      sessions.setDefaultMaxInactiveInterval(session.determineTimeout(() -> server.getServlet().getSession().getTimeout()));
      sessions.setTableName(jdbc.getTableName());
      sessions.setFlushMode(jdbc.getFlushMode());
      sessions.setSaveMode(jdbc.getSaveMode());
      sessions.setCleanupCron(jdbc.getCleanupCron());
    };
  }

  /** The repository around another: its sessions, each in a {@link TrackedSession}. */
  static final class Repository<S extends Session> implements SessionRepository<TrackedSession<S>> {

    private final SessionRepository<S> stored;

    private Repository(SessionRepository<S> stored) {
      this.stored = stored;
    }

    static <S extends Session> Repository<S> around(SessionRepository<S> stored) {
      return new Repository<>(stored);
    }

    @Override
    public TrackedSession<S> createSession() {
      return new TrackedSession<>(stored.createSession(), true);
    }

    @Override
    public void save(TrackedSession<S> session) {
      stored.save(session.stored);
    }

    @Override
    public TrackedSession<S> findById(String id) {
      S session = stored.findById(id);
      return session == null ? null : new TrackedSession<>(session, false);
    }

    @Override
    public void deleteById(String id) {
      stored.deleteById(id);
    }
  }

  /**
   * A session as stored, which remembers each attribute's serialized form when it is first read and lets a
   * setting of the same content through only as a read.
   */
  static final class TrackedSession<S extends Session> implements Session {

    /** Spring Session's own serializer of attributes (its JDBC repository's default). */
    private static final SerializingConverter SERIALIZER = new SerializingConverter();

    private final S stored;
    private final boolean created;
    private final Map<String, byte[]> asRead = new HashMap<>();

    private TrackedSession(S stored, boolean created) {
      this.stored = stored;
      this.created = created;
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      T value = stored.getAttribute(name);
      if (!created && value != null && !asRead.containsKey(name)) {
        asRead.put(name, serialized(value));
      }
      return value;
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      byte[] before = asRead.remove(name);
      byte[] now = before == null || value == null ? null : serialized(value);
      if (now != null && Arrays.equals(before, now)) {
        asRead.put(name, before);
        return;
      }
      stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      asRead.remove(name);
      stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      if (created || !lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_STEP))) {
        stored.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      if (!interval.equals(stored.getMaxInactiveInterval())) {
        stored.setMaxInactiveInterval(interval);
      }
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }

    /** As Spring Session serializes an attribute; null (always written) for what cannot be serialized. */
    private static byte[] serialized(Object value) {
      try {
        return SERIALIZER.convert(value);
      } catch (SerializationFailedException e) {
        return null;
      }
    }
  }
}

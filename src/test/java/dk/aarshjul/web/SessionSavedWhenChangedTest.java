package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.aarshjul.web.SessionSavedWhenChanged.TrackedSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

/** What reaches the stored session: only a change of an attribute's content, and a last access a minute on. */
class SessionSavedWhenChangedTest {

  private MapSession stored;
  private SessionRepository<MapSession> repository;
  private TrackedSession<MapSession> session;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void aStoredSessionWithALogin() {
    MapSession saved = new MapSession("session-1");
    saved.setAttribute("authenticatedUser", new ArrayList<>(List.of("taarnby.planner", "taarnby-planner")));
    stored = spy(saved);
    repository = mock(SessionRepository.class);
    when(repository.findById("session-1")).thenReturn(stored);
    session = SessionSavedWhenChanged.Repository.around(repository).findById("session-1");
    clearInvocations(stored);
  }

  @Test
  void aLoginPutBackAsItWasReadIsNotWritten() {
    List<String> login = session.getAttribute("authenticatedUser");

    session.setAttribute("authenticatedUser", login);
    session.setAttribute("authenticatedUser", new ArrayList<>(List.of("taarnby.planner", "taarnby-planner")));

    verify(stored, never()).setAttribute(anyString(), any());
  }

  @Test
  void aLoginChangedInPlaceAndPutBackIsWritten() {
    List<String> login = session.getAttribute("authenticatedUser");
    login.add("taarnby-committee");

    session.setAttribute("authenticatedUser", login);

    verify(stored).setAttribute("authenticatedUser", login);
    assertThat((List<String>) stored.getAttribute("authenticatedUser")).contains("taarnby-committee");
  }

  @Test
  void anAttributeNotReadBeforeAndARemovalAreWritten() {
    session.setAttribute("authenticatedUser", List.of("gladsaxe.planner"));
    session.setAttribute("XSRF", "token");
    session.removeAttribute("XSRF");

    verify(stored).setAttribute("authenticatedUser", List.of("gladsaxe.planner"));
    verify(stored).setAttribute("XSRF", "token");
    verify(stored).removeAttribute("XSRF");
  }

  @Test
  void theLastAccessMovesOnOnlyAMinuteOrMoreAfterTheStoredOne() {
    var last = stored.getLastAccessedTime();

    session.setLastAccessedTime(last.plusSeconds(59));
    verify(stored, never()).setLastAccessedTime(any());
    assertThat(session.getLastAccessedTime()).isEqualTo(last);

    session.setLastAccessedTime(last.plus(SessionSavedWhenChanged.LAST_ACCESS_STEP));
    verify(stored).setLastAccessedTime(last.plus(SessionSavedWhenChanged.LAST_ACCESS_STEP));
  }

  @Test
  void theTimeoutIsWrittenOnlyWhenItChanges() {
    session.setMaxInactiveInterval(stored.getMaxInactiveInterval());
    verify(stored, never()).setMaxInactiveInterval(any());

    session.setMaxInactiveInterval(Duration.ofMinutes(5));
    verify(stored).setMaxInactiveInterval(Duration.ofMinutes(5));
  }

  @Test
  void aNewSessionTakesEverything() {
    MapSession created = spy(new MapSession());
    when(repository.createSession()).thenReturn(created);
    TrackedSession<MapSession> fresh = SessionSavedWhenChanged.Repository.around(repository).createSession();

    fresh.setLastAccessedTime(created.getLastAccessedTime().plusMillis(1));
    fresh.setAttribute("authenticatedUser", List.of("taarnby.planner"));
    SessionSavedWhenChanged.Repository.around(repository).save(fresh);

    verify(created).setLastAccessedTime(any());
    verify(created).setAttribute("authenticatedUser", List.of("taarnby.planner"));
    verify(repository).save(created);
  }
}

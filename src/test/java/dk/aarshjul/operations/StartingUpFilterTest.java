package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartingUpFilterTest {

  private final ApplicationAvailability availability = mock(ApplicationAvailability.class);
  private final StartingUpFilter filter = new StartingUpFilter(availability);

  @Test
  void beforeItIsReadyARequestIsAskedToComeBackInDanishNotRefusedAsUnknown() throws Exception {
    when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, chain);

    assertThat(chain.getRequest()).as("the request goes no further").isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Prøv igen om et øjeblik");
  }

  @Test
  void theHealthProbesAnswerWhileItStarts() throws Exception {
    when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);
    for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
      MockFilterChain chain = new MockFilterChain();
      filter.doFilter(new MockHttpServletRequest("GET", probe), new MockHttpServletResponse(), chain);
      assertThat(chain.getRequest()).as(probe).isNotNull();
    }
  }

  @Test
  void whenReadyEveryRequestPasses() throws Exception {
    when(availability.getReadinessState()).thenReturn(ReadinessState.ACCEPTING_TRAFFIC);
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(new MockHttpServletRequest("POST", "/api/plans"), new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }
}

package dk.aarshjul.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One read and one write of the webapps' session (Spring Session JDBC) per request to their APIs, where there
 * were two of each. Camunda's authentication filter puts the login back into the session <em>after</em> the
 * REST layer has written and flushed the answer; Spring Session saves the session as soon as the answer is
 * committed, so it saved it once at the flush, then read it from the database again and saved it a second time
 * at the end. Here the answer's body is held back until Spring Session has saved the session once, with the
 * login in it, and is sent after that: {@link HoldBody} inside Spring Session's filter keeps the body,
 * {@link SendBody} outside it sends it. Headers and status pass straight through, so the session cookie of a
 * login still goes out with its answer. Only the webapps' JSON APIs ({@code /camunda/api/}) are held; their
 * answers are small, and documents and pages stream as before.
 */
@Configuration
class SessionWrittenOnce {

  static final String HELD = SessionWrittenOnce.class.getName() + ".held";
  static final String PATTERN = "/camunda/api/*";

  @Bean
  FilterRegistrationBean<SendBody> sendHeldBody() {
    FilterRegistrationBean<SendBody> registration = new FilterRegistrationBean<>(new SendBody());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.addUrlPatterns(PATTERN);
    return registration;
  }

  @Bean
  FilterRegistrationBean<HoldBody> holdBody() {
    FilterRegistrationBean<HoldBody> registration = new FilterRegistrationBean<>(new HoldBody());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.addUrlPatterns(PATTERN);
    return registration;
  }

  /** Inside Spring Session's filter: what the chain writes is kept, and nothing it flushes commits the answer. */
  static final class HoldBody extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HeldBody held = new HeldBody(response);
      request.setAttribute(HELD, held);
      chain.doFilter(request, held);
    }
  }

  /** Outside Spring Session's filter: once it has saved the session, the kept body goes out. */
  static final class SendBody extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } finally {
        if (request.getAttribute(HELD) instanceof HeldBody held) {
          request.removeAttribute(HELD);
          held.sendTo(response);
        }
      }
    }
  }

  /**
   * The body kept back. An error or a redirect goes out at once (through Spring Session's wrapper, which
   * saves the session then), as {@link ContentCachingResponseWrapper} does.
   */
  static final class HeldBody extends ContentCachingResponseWrapper {

    HeldBody(HttpServletResponse response) {
      super(response);
    }

    /** Writes the kept body straight to the answer, past Spring Session's wrapper, which has done its work. */
    void sendTo(HttpServletResponse response) throws IOException {
      int size = getContentSize();
      if (size == 0) {
        return;
      }
      if (!response.isCommitted()) {
        response.setContentLength(size);
      }
      getContentInputStream().transferTo(response.getOutputStream());
    }
  }
}

package dk.aarshjul.web;

import dk.aarshjul.shared.InputRules;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The answers nobody's controller gives: too large requests (413), refused paths (400, before anything reads
 * them), Tomcat's own errors, and the security headers of the API. Every one a Danish problem.
 */
@Configuration
class ErrorHandlingConfiguration {

  /** Before everything else, Spring Security included, so no filter reads a body over the limit. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit() {
    FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Spring Security's firewall hands what it refuses to this bean. */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return new RejectedRequests();
  }

  /** The one firewall: Spring Security's filter chain takes this bean, and {@link FirewallFirst} runs it earlier. */
  @Bean
  HttpFirewall httpFirewall() {
    return new StrictHttpFirewall();
  }

  /** After the size limit and the headers, before Spring Security (whose path parsing fails on climbing paths). */
  @Bean
  FilterRegistrationBean<FirewallFirst> firewallFirst(HttpFirewall firewall, RequestRejectedHandler rejected) {
    FilterRegistrationBean<FirewallFirst> registration = new FilterRegistrationBean<>(new FirewallFirst(firewall, rejected));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Runs after Boot's own customizer, whose HTML error valve it replaces. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
    return new WebServerFactoryCustomizer<>() {
      @Override
      public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setMaxPostSize(InputRules.MAX_REQUEST_BYTES));
        factory.addContextCustomizers(context -> {
          StandardHost host = (StandardHost) context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
          host.getPipeline().addValve(new ProblemErrorReportValve());
        });
      }
    };
  }
}

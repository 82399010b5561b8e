package dk.aarshjul.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * One {@link ObjectMapper} for Camunda's REST API, both {@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine} that Tasklist calls. Camunda's {@link JacksonConfigurator} builds a new mapper for
 * every call, so every response and request body had its serializers and deserializers found again by
 * introspection: about 6 % of the processor time of Tasklist's requests in the load benchmark. This resolver
 * answers first with one mapper configured by the same {@link JacksonConfigurator#configureObjectMapper} (its
 * date format, unknown properties ignored, java.time), built on first use, after the webapps have set the date
 * format. Nothing in Camunda's REST or webapps changes a mapper it is given; a mapper is safe to share once configured.
 *
 * <p>Registered in every Jersey application of the node by {@link Registration}, which Jersey discovers
 * ({@code META-INF/services}); Camunda 7 and Operaton alike.
 */
@Priority(1)
@Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
public final class RestObjectMapper implements ContextResolver<ObjectMapper> {

  private static final AtomicLong SERVED = new AtomicLong();

  private static final class Holder {
    static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    SERVED.incrementAndGet();
    return Holder.MAPPER;
  }

  /** How often a REST resource or body reader or writer of this node was given the shared mapper. */
  public static long served() {
    return SERVED.get();
  }

  /** Adds the resolver, before Camunda's own, to each of the node's Jersey applications. */
  public static final class Registration implements AutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(RestObjectMapper.class)) {
        context.register(RestObjectMapper.class, 1);
      }
    }
  }
}

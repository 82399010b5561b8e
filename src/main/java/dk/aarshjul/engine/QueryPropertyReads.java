package dk.aarshjul.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * How the engine's SQL mappings read a property of a query object, as OGNL reads it, with one lookup kept.
 * The mappings test names such as {@code authCheck.isAuthorizationCheckEnabled} or
 * {@code query.isTenantIdSet}, which are methods, not properties of a getter: OGNL then looks for the method
 * by listing every public method of the class and comparing each name in lower case, and it does so again on
 * every evaluation. A task query's mapping evaluates hundreds of such tests; in the load benchmark that
 * listing was 9 % of the processor time of Tasklist's and the API's requests. Here the method found (or that
 * there is none) is kept per class and name — a class's methods do not change — and everything else is
 * OGNL's own: its cached getters first, its access check, then a field.
 *
 * <p>MyBatis (shaded OGNL) under Camunda 7 and Operaton alike; installed for every bean-like object by
 * {@link AarshjulEnginePlugin}, while maps and lists keep their own accessors.
 */
final class QueryPropertyReads extends ObjectPropertyAccessor {

  private static final ClassValue<ConcurrentMap<String, Optional<Method>>> READ_METHODS = new ClassValue<>() {
    @Override
    protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private static final QueryPropertyReads INSTANCE = new QueryPropertyReads();

  /** Makes this the way OGNL reads the properties of objects without an accessor of their own (for the whole JVM). */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Object.class, INSTANCE);
  }

  @Override
  public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
    if (target == null || OgnlRuntime.getGetMethod(target.getClass(), name) != null) {
      return super.getPossibleProperty(context, target, name);
    }
    Method read = readMethod(target.getClass(), name);
    try {
      if (read != null && context.getMemberAccess().isAccessible(context, target, read, name)) {
        return OgnlRuntime.invokeMethod(target, read, OgnlRuntime.NoArguments);
      }
      return OgnlRuntime.getFieldValue(context, target, name, true);
    } catch (InvocationTargetException e) {
      throw new OgnlException(name, e.getTargetException());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new OgnlException(name, e);
    }
  }

  /** OGNL's read method for the name (a method of that name, whatever its case, without arguments), or null. */
  static Method readMethod(Class<?> type, String name) {
    return READ_METHODS.get(type).computeIfAbsent(name, n -> Optional.ofNullable(OgnlRuntime.getReadMethod(type, n, null))).orElse(null);
  }
}

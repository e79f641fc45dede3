package eu.dsrportal.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a page read a record's components as properties ({@code #{backlog.pending}} as well as
 * {@code #{backlog.pending()}}), read-only, as Jakarta EL 6 does; EL 5 (Jakarta EE 10) looks only
 * for getters and answered such an expression with an error page (the outbox page did).
 */
public class RecordProperties extends ELResolver {
  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  /** The record component's accessor, or null when base is no record or has no such component. */
  private static Method accessor(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    return ACCESSORS.computeIfAbsent(base.getClass(), RecordProperties::accessorsOf).get(name);
  }

  private static Map<String, Method> accessorsOf(Class<?> type) {
    Map<String, Method> accessors = new ConcurrentHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true); // a record nested in a class is not public
      accessors.put(component.getName(), accessor);
    }
    return accessors;
  }
}

package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;

/**
 * The default interceptor of every enterprise bean (WEB-INF/ejb-jar.xml). A call that fails because
 * the database is out of reach ends in {@link DatabaseDown}, an application exception: without it
 * the EJB container logs a system exception with its stack trace at every layer of every call
 * during an outage (thousands of lines a minute). A timer does not run while the database is away,
 * and one that meets the outage ends quietly; the outage is logged once ({@link DatabaseOutage}).
 */
public class DatabaseOutageGuard {

  @AroundInvoke
  public Object call(InvocationContext invocation) throws Exception {
    if (DatabaseOutage.knownDown()) {
      throw new DatabaseDown(null);
    }
    try {
      return invocation.proceed();
    } catch (DatabaseDown down) {
      throw down;
    } catch (Exception e) {
      if (DatabaseUnavailable.causedBy(e)) {
        DatabaseOutage.failed(e);
        throw new DatabaseDown(e);
      }
      throw e;
    }
  }

  @AroundTimeout
  public Object timeout(InvocationContext invocation) throws Exception {
    if (CDI.current().select(DatabaseOutage.class).get().isDown()) {
      return null; // skipped quietly; the next firing after the database is back runs
    }
    try {
      return invocation.proceed();
    } catch (Exception e) {
      if (DatabaseUnavailable.causedBy(e)) {
        DatabaseOutage.failed(e);
        return null;
      }
      throw e;
    }
  }
}

package eu.dsrportal.testing.callers;

import eu.dsrportal.intake.domain.RequestReceived;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * In the in-container test deployment only: makes an intake fail after its mail was queued, for
 * subjects whose address starts with {@value #PREFIX}, so that a test can see that the request and
 * its mail are one transaction (neither remains).
 */
@ApplicationScoped
public class IntakeSaboteur {
  public static final String PREFIX = "sabotaged-";

  void afterTheMails(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) RequestReceived received) {
    String email = received.request().getSubjectEmail();
    if (email != null && email.startsWith(PREFIX)) {
      throw new IllegalStateException("the test makes this intake fail after its mail was queued");
    }
  }
}

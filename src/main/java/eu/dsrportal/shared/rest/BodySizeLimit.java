package eu.dsrportal.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body over {@code api.max-body-bytes} (64 KB by default) with 413 problem+json
 * before anything parses it, for every endpoint of the API: a declared length is checked at once, a
 * body without one (chunked) is read up to the limit and no further.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
  private volatile long maxBytes = -1;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return;
    }
    long limit = limit();
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(limit, ApiLanguage.of(request.getAcceptableLanguages())));
      return;
    }
    byte[] body =
        request.getEntityStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
    if (body.length > limit) {
      request.abortWith(tooLarge(limit, ApiLanguage.of(request.getAcceptableLanguages())));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static Response tooLarge(long limit, eu.dsrportal.shared.domain.Language language) {
    return Problem.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        language,
        "api.problem.tooLarge",
        "api.problem.tooLarge.detail",
        String.valueOf(limit));
  }

  /** Read once (a config lookup per call costs more than the check). */
  private long limit() {
    long known = maxBytes;
    if (known < 0) {
      known = ConfigProvider.getConfig().getValue("api.max-body-bytes", Long.class);
      maxBytes = known;
    }
    return known;
  }
}

package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RateLimitExceeded;
import eu.dsrportal.shared.infrastructure.DatabaseOutage;
import eu.dsrportal.shared.infrastructure.DatabaseUnavailable;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the API as problem+json; never a stack trace or server detail. Titles, details and
 * field messages are in the caller's language ({@link ApiLanguage}).
 */
public final class ProblemMappers {
  private ProblemMappers() {}

  /** A mapper that answers in the caller's language. */
  abstract static class InCallersLanguage {
    @Context HttpHeaders headers;

    Language language() {
      return ApiLanguage.of(headers);
    }
  }

  @Provider
  public static class Invalid extends InCallersLanguage
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      Language language = language();
      FieldErrors fields = FieldErrors.byName();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        String path = v.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        fields.addWorded(field, ApiLanguage.message(v, language));
      }
      return fields.problem(language, "api.problem.invalid.fields");
    }
  }

  @Provider
  public static class Unreadable extends InCallersLanguage
      implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return notJson(language());
    }
  }

  @Provider
  public static class Processing extends InCallersLanguage
      implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return notJson(language());
    }
  }

  /** A body that JSON-B could not read (as JSON, or as this request's fields). */
  static Response notJson(Language language) {
    return Problem.of(
        Response.Status.BAD_REQUEST, language, "api.problem.invalid", "api.problem.invalid.json");
  }

  /** Too many requests from one address or for one e-mail address: 429, try again later. */
  @Provider
  public static class TooMany extends InCallersLanguage
      implements ExceptionMapper<RateLimitExceeded> {
    @Override
    public Response toResponse(RateLimitExceeded e) {
      return Response.fromResponse(
              Problem.of(
                  Response.Status.TOO_MANY_REQUESTS,
                  language(),
                  "api.problem.tooMany",
                  "api.problem.tooMany.detail"))
          .header("Retry-After", "3600")
          .build();
    }
  }

  @Provider
  public static class NotFound extends InCallersLanguage
      implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problem.of(Response.Status.NOT_FOUND, language(), "api.problem.notFound", null);
    }
  }

  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      // HTTP's own reason phrase (Not Found, Method Not Allowed, ...), a standard's words
      return Problem.of(status);
    }
  }

  @Provider
  public static class Unexpected extends InCallersLanguage implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Exception e) {
      if (DatabaseUnavailable.causedBy(e)) {
        // expected during a database restart; nothing was stored. The outage is logged once, when
        // it starts, not per request
        DatabaseOutage.failed(e);
        return Response.fromResponse(
                Problem.of(
                    Response.Status.SERVICE_UNAVAILABLE,
                    language(),
                    "api.problem.unavailable",
                    "api.problem.unavailable.detail"))
            .header("Retry-After", "30")
            .build();
      }
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "API error " + id, e);
      return Problem.of(
          Response.Status.INTERNAL_SERVER_ERROR,
          language(),
          "api.problem.internal",
          "api.problem.internal.detail",
          id);
    }
  }
}

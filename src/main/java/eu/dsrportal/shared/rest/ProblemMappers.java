package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RateLimitExceeded;
import eu.dsrportal.shared.infrastructure.DatabaseOutage;
import eu.dsrportal.shared.infrastructure.DatabaseUnavailable;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API as problem+json; never a stack trace or server detail. */
public final class ProblemMappers {
  private ProblemMappers() {}

  @Provider
  public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      Map<String, String> fields = new TreeMap<>();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        String path = v.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        fields.merge(field, v.getMessage(), (a, b) -> a + "; " + b);
      }
      return Problem.invalid("One or more fields are invalid.", fields);
    }
  }

  @Provider
  public static class Unreadable implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Invalid request",
          "The body is not valid JSON for this request.");
    }
  }

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Invalid request",
          "The body is not valid JSON for this request.");
    }
  }

  /** Too many requests from one address or for one e-mail address: 429, try again later. */
  @Provider
  public static class TooMany implements ExceptionMapper<RateLimitExceeded> {
    @Override
    public Response toResponse(RateLimitExceeded e) {
      return Response.fromResponse(
              Problem.of(
                  Response.Status.TOO_MANY_REQUESTS,
                  "Too many requests",
                  "Too many requests from this address or for this e-mail address;"
                      + " please try again later."))
          .header("Retry-After", "3600")
          .build();
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problem.of(Response.Status.NOT_FOUND, "Not found", null);
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
      return Problem.of(status, status.getReasonPhrase(), null);
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
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
                    "Service unavailable",
                    "The service is briefly unavailable; nothing was stored. Please try again in a"
                        + " minute."))
            .header("Retry-After", "30")
            .build();
      }
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "API error " + id, e);
      return Problem.of(
          Response.Status.INTERNAL_SERVER_ERROR, "Internal error", "Correlation id " + id);
    }
  }
}

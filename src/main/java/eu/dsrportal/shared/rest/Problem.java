package eu.dsrportal.shared.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem details, the one error format of the API. */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Looked up once: {@code JSON.createObjectBuilder()} searches the class path on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Problem() {}

  public static Response of(Response.Status status, String title, String detail) {
    return build(status, title, detail, null);
  }

  /** A 400 listing each invalid field with its message. */
  public static Response invalid(String detail, Map<String, String> fieldErrors) {
    JsonArrayBuilder errors = JSON.createArrayBuilder();
    fieldErrors.forEach(
        (field, message) ->
            errors.add(JSON.createObjectBuilder().add("field", field).add("message", message)));
    return build(Response.Status.BAD_REQUEST, "Invalid request", detail, errors);
  }

  private static Response build(
      Response.Status status, String title, String detail, JsonArrayBuilder errors) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status.getStatusCode());
    if (detail != null) {
      body.add("detail", detail);
    }
    if (errors != null) {
      body.add("errors", errors);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}

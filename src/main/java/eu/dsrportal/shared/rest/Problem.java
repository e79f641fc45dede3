package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * RFC 9457 problem details, the one error format of the API, in the caller's language ({@link
 * ApiLanguage}, texts {@code api.problem.*}); only HTTP's own refusals (405, 406, 415 …) keep the
 * standard's reason phrase.
 */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Looked up once: {@code JSON.createObjectBuilder()} searches the class path on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Problem() {}

  /** A problem in HTTP's own words: the status's reason phrase as its title, no detail. */
  public static Response of(Response.Status status) {
    return build(status, null, status.getReasonPhrase(), null, null);
  }

  /**
   * A problem whose title and detail are bundle texts in the caller's language (a null detail key:
   * no detail), with {@code Content-Language}.
   */
  public static Response of(
      Response.Status status,
      Language language,
      String titleKey,
      String detailKey,
      Object... detailArguments) {
    return build(
        status,
        language,
        Texts.get(language, titleKey),
        detailKey == null ? null : Texts.get(language, detailKey, detailArguments),
        null);
  }

  /**
   * A 400 listing each invalid field with its message (already in the caller's language), title and
   * detail in that language.
   */
  public static Response invalid(
      Language language,
      String detailKey,
      Map<String, String> fieldErrors,
      Object... detailArguments) {
    return build(
        Response.Status.BAD_REQUEST,
        language,
        Texts.get(language, "api.problem.invalid"),
        Texts.get(language, detailKey, detailArguments),
        errors(fieldErrors));
  }

  private static JsonArrayBuilder errors(Map<String, String> fieldErrors) {
    JsonArrayBuilder errors = JSON.createArrayBuilder();
    fieldErrors.forEach(
        (field, message) ->
            errors.add(JSON.createObjectBuilder().add("field", field).add("message", message)));
    return errors;
  }

  /** The problem's body; with {@code Content-Language} when its texts are in a chosen language. */
  private static Response build(
      Response.Status status,
      Language language,
      String title,
      String detail,
      JsonArrayBuilder errors) {
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
    Response.ResponseBuilder answer =
        Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
    if (language != null) {
      answer.header("Content-Language", language.tag());
    }
    return answer.build();
  }
}

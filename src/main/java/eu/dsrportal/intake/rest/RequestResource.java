package eu.dsrportal.intake.rest;

import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.application.StatusLinks;
import eu.dsrportal.intake.application.SubjectSubmissions;
import eu.dsrportal.intake.application.SubjectSubmissions.Submitted;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.shared.rest.ApiLanguage;
import eu.dsrportal.shared.rest.FieldErrors;
import eu.dsrportal.shared.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Requests from other channels: the same intake as the form, as JSON. */
@Path("v1/requests")
// one instance for all calls (it keeps no state): a request-scoped one is made and injected per
// call
@ApplicationScoped
public class RequestResource {
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,50}");

  /**
   * Looked up once: {@code Json.createObjectBuilder()} searches the class path for it on every
   * call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject SubjectSubmissions submissions;
  @Inject StatusLinks links;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Submit a data-subject request",
      description =
          "Stores the request and mails the subject a link to confirm it (valid 72 hours; until then"
              + " it is not worked on, without confirmation it is deleted) and a link to its status"
              + " page. Optional fields: service, relation (EMPLOYEE, CUSTOMER, SUPPLIER, OTHER),"
              + " subjectReference. right is one of ACCESS, RECTIFICATION, ERASURE, RESTRICTION,"
              + " PORTABILITY, OBJECTION, AUTOMATED_DECISION, WITHDRAW_CONSENT, OTHER.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestSubmission.class),
              examples =
                  @ExampleObject(
                      name = "erasure",
                      value =
                          "{\"name\":\"Jan Peeters\",\"email\":\"jan@example.org\","
                              + "\"organisation\":\"Acme\",\"right\":\"ERASURE\","
                              + "\"description\":\"Please delete my customer account.\","
                              + "\"language\":\"nl\",\"service\":\"Web shop\","
                              + "\"relation\":\"CUSTOMER\",\"subjectReference\":\"C-1234\"}")))
  @APIResponse(
      responseCode = "201",
      description =
          "Created. The body holds the reference and, in the first answer only, the status page's"
              + " address (Location too); a retry with the same Idempotency-Key answers the same"
              + " reference without it (the subject has it by mail).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"reference\":\"DSR-2026-000042\",\"statusUrl\":"
                              + "\"https://portal.example/intake/status.xhtml?ref=DSR-2026-000042"
                              + "&token=…\"}")))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid input, as application/problem+json with a list of fields; nothing is stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples =
                  @ExampleObject(
                      name = "invalid",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Invalid request\","
                              + "\"status\":400,\"errors\":[{\"field\":\"email\","
                              + "\"message\":\"Please enter a valid e-mail address, like"
                              + " name@example.com.\"}]}")))
  @APIResponse(
      responseCode = "413",
      description =
          "The body is larger than the API reads (api.max-body-bytes, 64 KB by default); refused"
              + " before it is parsed. Nothing is stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description =
          "Too many requests from this client address or for this e-mail address; try again"
              + " later (Retry-After). Nothing is stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response submit(
      RequestSubmission body,
      @Parameter(description = "Retries with the same key return the same request")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Context UriInfo uriInfo,
      @Context HttpHeaders headers) {
    if (body == null) {
      return FieldErrors.inOrder().problem(ApiLanguage.of(headers), "api.problem.bodyMissing");
    }
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      return FieldErrors.inOrder()
          .add("Idempotency-Key", "api.problem.idempotencyKey")
          .problem(ApiLanguage.of(headers), "api.problem.invalid.header");
    }
    // the service checks the body (once) and answers a retry with the request it created; without
    // a key every call is a new request
    Submitted submitted =
        idempotencyKey == null
            ? submissions.acceptWithFreshKey(body, Channel.API, "api:" + UUID.randomUUID())
            : submissions.accept(body, Channel.API, "api-key:" + idempotencyKey);
    String reference = submitted.reference().value();
    JsonObjectBuilder answer = JSON.createObjectBuilder().add("reference", reference);
    URI location = uriInfo.getAbsolutePathBuilder().path(reference).build();
    if (submitted.statusToken() != null) {
      String statusUrl = links.status(reference, submitted.statusToken());
      answer.add("statusUrl", statusUrl);
      location = URI.create(statusUrl);
    }
    return Response.created(location)
        .type(MediaType.APPLICATION_JSON)
        .entity(answer.build().toString())
        .build();
  }
}

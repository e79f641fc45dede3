package eu.dsrportal.intake.rest;

import eu.dsrportal.intake.application.RequestIntake;
import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.shared.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Requests from other channels: the same intake as the form, as JSON. */
@Path("v1/requests")
@RequestScoped
public class RequestResource {
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,50}");

  @Inject RequestIntake intake;
  @Inject Validator validator;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Submit a data-subject request",
      description = "Stores the request and mails the subject a confirmation.")
  @APIResponse(
      responseCode = "201",
      description = "Created; the body holds the reference, Location its address")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid input, as application/problem+json with a list of fields; nothing is stored")
  public Response submit(
      RequestSubmission body,
      @Parameter(description = "Retries with the same key return the same request")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Context UriInfo uriInfo) {
    if (body == null) {
      return Problem.invalid("The body is missing.", Map.of());
    }
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      return Problem.invalid(
          "Invalid header.", Map.of("Idempotency-Key", "1 to 50 letters, digits or . _ : -"));
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    String key = idempotencyKey == null ? "api:" + UUID.randomUUID() : "api-key:" + idempotencyKey;
    RequestReference reference = intake.submit(body, Channel.API, key);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(reference.value()).build())
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("reference", reference.value()).build().toString())
        .build();
  }
}

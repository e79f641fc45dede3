package eu.dsrportal.intake.rest;

import eu.dsrportal.intake.infrastructure.ProofOfWork;
import eu.dsrportal.shared.rest.ApiLanguage;
import eu.dsrportal.shared.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A fresh proof-of-work challenge for the public form's widget, when the challenge is switched on.
 */
@Path("v1/altcha/challenge")
@RequestScoped
public class ProofOfWorkResource {

  @Inject ProofOfWork proofOfWork;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A proof-of-work challenge (ALTCHA) for the request form",
      description = "404 when the challenge is switched off (intake.altcha.enabled).")
  public Response challenge() {
    if (!proofOfWork.isEnabled()) {
      return Problem.of(
          Response.Status.NOT_FOUND, ApiLanguage.of(headers), "api.problem.notFound", null);
    }
    Altcha.Challenge challenge = proofOfWork.challenge();
    return Response.ok(
            Json.createObjectBuilder()
                .add("algorithm", challenge.algorithm)
                .add("challenge", challenge.challenge)
                .add("maxnumber", challenge.maxnumber)
                .add("salt", challenge.salt)
                .add("signature", challenge.signature)
                .build()
                .toString())
        .header("Cache-Control", "no-store")
        .build();
  }
}

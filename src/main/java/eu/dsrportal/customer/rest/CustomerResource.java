package eu.dsrportal.customer.rest;

import eu.dsrportal.customer.application.CustomerAdministration;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.application.CustomerRegistration;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.infrastructure.Texts;
import eu.dsrportal.shared.rest.ApiLanguage;
import eu.dsrportal.shared.rest.FieldErrors;
import eu.dsrportal.shared.rest.Problem;
import eu.dsrportal.shared.rest.StaffApi;
import eu.dsrportal.shared.rest.StaffProblems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The registry for the provider's CRM, which knows each customer by its own id (the external id):
 * create or update with everything the registry holds, and list. ADMIN tokens only, as the
 * registry's pages are administrators' only; the same service, checks and audit as those pages.
 */
@Path("v1/customers")
@StaffApi
@RequestScoped
@Tag(name = "Staff: customers", description = "The customer registry for the CRM (ADMIN token)")
@SecurityRequirement(name = StaffApi.SCHEME)
@APIResponse(
    responseCode = "401",
    description = "No API token, or one that is unknown, revoked, expired or of a disabled account",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(
    responseCode = "403",
    description = "The token's account is no administrator",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(
    responseCode = "429",
    description =
        "Too many refused API tokens from this client address (IPv6: its /64) lately: no token"
            + " from there is checked until Retry-After (seconds) has passed",
    headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class CustomerResource {
  private static final String EXAMPLE =
      "{\"name\":\"Acme Retail NV\",\"legalForm\":\"NV\",\"enterpriseRegister\":\"KBO\","
          + "\"enterpriseNumber\":\"0403.170.701\",\"street\":\"Meir 1\",\"postalCode\":\"2000\","
          + "\"city\":\"Antwerpen\",\"country\":\"BE\","
          + "\"publicContact\":\"privacy@acme.example, +32 3 123 45 67\",\"language\":\"NL\","
          + "\"role\":\"CONTROLLER\",\"holidayCalendar\":\"BE\","
          + "\"contacts\":[{\"name\":\"Privacy desk\",\"email\":\"privacy@acme.example\","
          + "\"phone\":\"+32 3 123 45 67\",\"role\":\"DPO\",\"primary\":true}],"
          + "\"aliases\":[\"ShopAcme\"],\"emailDomains\":[\"acme.example\"],"
          + "\"services\":[\"Web shop hosting\"]}";
  private static final String INVALID =
      "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
          + "\"detail\":\"One or more fields are invalid. Nothing was stored.\","
          + "\"errors\":[{\"field\":\"contacts\",\"message\":\"Give at least one privacy"
          + " contact.\"}]}";

  @Inject CustomerAdministration administration;
  @Inject CustomerDirectory directory;
  @Inject Validator validator;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @PUT
  @Path("{externalId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Create or update the customer the CRM knows by this id",
      description =
          "Everything the registry holds: name, legal form, enterprise number (KBO with its check"
              + " digits, or KVK), address, preferred language (NL, FR, EN, DE), role (CONTROLLER"
              + " or PROCESSOR), holiday calendar (BE or NL), endedAt, privacy contacts (one"
              + " primary), aliases, e-mail domains, services. The whole customer is replaced by"
              + " the body; the path's externalId wins over one in the body.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerRegistration.class),
              examples = @ExampleObject(name = "customer", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created (Location: the list); the customer as stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; the customer as stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, as a list; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "invalid", value = INVALID)))
  @APIResponse(
      responseCode = "409",
      description =
          "Another customer has this name, enterprise number or external id; nothing was stored",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response save(
      @Parameter(description = "The CRM's id of the customer: letters, digits, . _ : -")
          @PathParam("externalId")
          String externalId,
      CustomerRegistration body,
      @Context UriInfo uriInfo) {
    Language language = ApiLanguage.of(headers);
    if (!security.isUserInRole(RoleNames.ADMIN)) {
      return StaffProblems.forbidden(language);
    }
    if (body == null) {
      return FieldErrors.byName().problem(language, "api.problem.bodyMissing.nothingStored");
    }
    FieldErrors errors = FieldErrors.byName();
    if (!externalId.matches(CustomerRegistration.EXTERNAL_ID_PATTERN)
        || externalId.length() > Customer.EXTERNAL_ID_LENGTH) {
      errors.add(
          "externalId", "api.problem.externalId", String.valueOf(Customer.EXTERNAL_ID_LENGTH));
    }
    body.setExternalId(externalId);
    for (ConstraintViolation<CustomerRegistration> v : validator.validate(body)) {
      errors.addWorded(fieldOf(v), ApiLanguage.message(v, language));
    }
    if (!errors.isEmpty()) {
      return errors.problem(language, "api.problem.invalid.fieldsNothingStored");
    }
    CustomerAdministration.Saved saved;
    try {
      saved = administration.saveByExternalId(externalId, body);
    } catch (DomainRuleViolation e) {
      String rule = Texts.get(language, e.messageKey());
      if (e.messageKey().endsWith(".taken")) {
        return Problem.of(
            Response.Status.CONFLICT,
            language,
            "api.problem.taken",
            "api.problem.nothingStored",
            rule);
      }
      return FieldErrors.byName()
          .addWorded(fieldOf(e.messageKey()), rule)
          .problem(language, "api.problem.nothingStored", rule);
    }
    CustomerView view = CustomerView.of(directory.find(saved.customerId()));
    return (saved.created()
            ? Response.created(uriInfo.getBaseUriBuilder().path("v1/customers").build())
            : Response.ok())
        .type(MediaType.APPLICATION_JSON)
        .entity(view)
        .build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(summary = "Every customer of the registry, by name")
  @APIResponse(
      responseCode = "200",
      description = "The customers, each as a PUT would send it, with its id",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerView[].class)))
  public Response list() {
    if (!security.isUserInRole(RoleNames.ADMIN)) {
      return StaffProblems.forbidden(ApiLanguage.of(headers));
    }
    List<CustomerView> all = directory.all().stream().map(CustomerView::of).toList();
    return Response.ok(all, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
  }

  /**
   * The field a violation is about, as the body names it: {@code contacts[0].email}, {@code
   * aliases[2]}; the registration's cross-field checks by the field they check.
   */
  private static String fieldOf(ConstraintViolation<CustomerRegistration> violation) {
    String path = violation.getPropertyPath().toString().replace(".<list element>", "");
    return switch (path) {
      case "enterpriseNumberValid" -> "enterpriseNumber";
      case "onePrimaryContact" -> "contacts";
      default -> path;
    };
  }

  /** {@code customer.enterpriseNumber.invalid} → {@code enterpriseNumber}. */
  private static String fieldOf(String messageKey) {
    String[] parts = messageKey.split("\\.");
    return parts.length >= 2 ? parts[1] : messageKey;
  }
}

package eu.dsrportal.routing.rest;

import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.shared.rest.ApiLanguage;
import eu.dsrportal.shared.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public deadline calculator: the GDPR art. 12(3) deadline for a day of receipt and a holiday
 * calendar, counted by {@link AnswerDeadline}, the same code the pages use. Anonymous (not a staff
 * endpoint: no token is asked for) and cacheable, since the answer depends on the query alone.
 */
@Path("v1/deadlines")
@RequestScoped
@Tag(name = "Deadlines", description = "The GDPR art. 12(3) answer deadline (public)")
public class DeadlineResource {
  /** A day: the answer changes only with a new release of the rule. */
  static final String CACHE_CONTROL = "public, max-age=86400";

  @Context HttpHeaders headers;

  /** The calculator's answer. */
  @Schema(name = "Deadline")
  public record DeadlineView(
      @Schema(description = "The day the provider received the request", example = "2026-01-31")
          LocalDate received,
      @Schema(
              description = "The holiday calendar",
              enumeration = {"BE", "NL"})
          String calendar,
      @Schema(description = "Whether the period was extended by two months") boolean extended,
      @Schema(description = "The last day to answer (to its end)", example = "2026-03-02")
          LocalDate due) {

    static DeadlineView of(AnswerDeadline d) {
      return new DeadlineView(d.received(), d.calendar().name(), d.extended(), d.due());
    }
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "The art. 12(3) deadline for a day of receipt",
      description =
          "One month from the day the provider received the request (three when extended): the"
              + " day with the same date in the month the period ends, or that month's last day"
              + " when it has no such date; a Saturday, a Sunday or a public holiday of the"
              + " calendar moves it to the next working day (Regulation 1182/71 art. 3). BE: the"
              + " ten Belgian legal holidays; NL: the Algemene termijnenwet's. No token needed.")
  @APIResponse(
      responseCode = "200",
      description = "The deadline",
      headers =
          @Header(
              name = "Cache-Control",
              description = "public, max-age=86400",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeadlineView.class),
              examples = {
                @ExampleObject(
                    name = "31 January, Belgium",
                    summary = "No 31 February: the month's last day, a Saturday, so Monday",
                    value =
                        "{\"received\":\"2026-01-31\",\"calendar\":\"BE\",\"extended\":false,"
                            + "\"due\":\"2026-03-02\"}"),
                @ExampleObject(
                    name = "extended, Netherlands",
                    summary = "Three months; 27 April is King's Day",
                    value =
                        "{\"received\":\"2026-01-27\",\"calendar\":\"NL\",\"extended\":true,"
                            + "\"due\":\"2026-04-28\"}")
              }))
  @APIResponse(
      responseCode = "400",
      description =
          "A parameter is missing or invalid, as application/problem+json naming each such"
              + " parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples =
                  @ExampleObject(
                      name = "invalid",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Invalid request\","
                              + "\"status\":400,\"detail\":\"Invalid parameter.\","
                              + "\"errors\":[{\"field\":\"received\","
                              + "\"message\":\"A day that exists, as YYYY-MM-DD.\"}]}")))
  public Response due(
      @Parameter(
              description = "The day the provider received the request, YYYY-MM-DD (1900-2999)",
              required = true,
              example = "2026-01-31")
          @QueryParam("received")
          String received,
      @Parameter(
              description = "The customer's holiday calendar",
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"BE", "NL"}))
          @QueryParam("calendar")
          String calendar,
      @Parameter(
              description = "Whether the period was extended by two months (default false)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("extended")
          String extended) {
    DeadlineQuery query = DeadlineQuery.parse(received, calendar, extended);
    if (!query.valid()) {
      return query.errors().problem(ApiLanguage.of(headers), "api.problem.invalid.parameter");
    }
    return Response.ok(DeadlineView.of(query.deadline()), MediaType.APPLICATION_JSON)
        .header("Cache-Control", CACHE_CONTROL)
        .build();
  }
}

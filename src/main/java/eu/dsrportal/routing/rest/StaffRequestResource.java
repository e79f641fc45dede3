package eu.dsrportal.routing.rest;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.application.RequestClosing;
import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.routing.application.CustomerMatching;
import eu.dsrportal.routing.application.KeysetPage;
import eu.dsrportal.routing.application.RequestCriteria;
import eu.dsrportal.routing.application.RequestRouting;
import eu.dsrportal.routing.application.RequestSearch;
import eu.dsrportal.routing.application.RequestSummary;
import eu.dsrportal.routing.application.SortOrder;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.rest.ApiLanguage;
import eu.dsrportal.shared.rest.FieldErrors;
import eu.dsrportal.shared.rest.Problem;
import eu.dsrportal.shared.rest.StaffApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * The staff API on requests, for the provider's own tools. The same services as the staff pages, so
 * the same roles (SUPPORT or ADMIN; others get 403), the same rules and the same audit entries.
 * Shares its path with intake's anonymous {@code POST /api/v1/requests}: Jersey merges the two
 * classes' methods under one path, and only these ask for a token.
 */
@Path("v1/requests")
@StaffApi
@RequestScoped
@Tag(name = "Staff: requests", description = "Support staff's work on requests (API token)")
@SecurityRequirement(name = StaffApiDocs.BEARER)
@APIResponse(
    responseCode = "401",
    description = "No API token, or one that is unknown, revoked, expired or of a disabled account",
    content =
        @Content(
            mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "unauthorized", value = StaffApiDocs.UNAUTHORIZED)))
@APIResponse(
    responseCode = "403",
    description = "The token's account has no role that may do this (SUPPORT or ADMIN may)",
    content =
        @Content(
            mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "forbidden", value = StaffApiDocs.FORBIDDEN)))
@APIResponse(
    responseCode = "429",
    description =
        "Too many refused API tokens from this client address (IPv6: its /64) lately: no token"
            + " from there is checked until Retry-After (seconds) has passed",
    headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
    content =
        @Content(
            mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "throttled", value = StaffApiDocs.THROTTLED)))
public class StaffRequestResource {
  static final int DEFAULT_LIMIT = 50;

  @Inject RequestQueries queries;
  @Inject RequestRouting routing;
  @Inject RequestClosing closing;
  @Inject RequestSearch search;
  @Inject CustomerDirectory customers;
  @Inject CustomerMatching matching;
  @Inject ProviderTime time;
  @Context HttpHeaders headers;

  /** A page of requests and the cursors of the pages next to it, if any. */
  @Schema(name = "StaffRequestPage")
  public record PageView(List<RequestRow> items, String nextCursor, String previousCursor) {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Search and list requests",
      description =
          "The inbox's search (RequestSearch): a reference, an e-mail address or words of the"
              + " subject's name or organisation in q, and filters. Keyset paging: pass the"
              + " nextCursor (or previousCursor) of one page as cursor, with the same filters, to"
              + " get the next (also in the Link header, rel=next / rel=prev); no nextCursor means"
              + " the last page. Without status, every status but UNVERIFIED.")
  @APIResponse(
      responseCode = "200",
      description = "A page of requests",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PageView.class),
              examples = @ExampleObject(name = "page", value = StaffApiDocs.PAGE)))
  @APIResponse(
      responseCode = "400",
      description =
          "An unknown status, kind, channel or sort, a cursor that is not one, a limit out of"
              + " 1–100, or a search text that searches nothing",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response list(
      @Parameter(description = "A reference, an e-mail address, or words (3 letters or more)")
          @QueryParam("q")
          String q,
      @Parameter(description = "RECEIVED, FORWARDED, ACKNOWLEDGED, CLOSED or UNVERIFIED")
          @QueryParam("status")
          String status,
      @Parameter(description = "The kind of request: ACCESS, ERASURE, … (the data subject's right)")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "How it arrived: WEB_FORM, API, LETTER, …") @QueryParam("channel")
          String channel,
      @Parameter(description = "The customer it is forwarded to") @QueryParam("customerId")
          String customerId,
      @Parameter(description = "A colleague's username: the requests assigned to them")
          @QueryParam("assignee")
          String assignee,
      @Parameter(description = "true: only the token's own user's requests") @QueryParam("mine")
          boolean mine,
      @Parameter(description = "true: only requests nobody is assigned to")
          @QueryParam("unassigned")
          boolean unassigned,
      @Parameter(description = "Only requests more than this many days old, 0 to 3650")
          @QueryParam("olderThanDays")
          String olderThanDays,
      @Parameter(
              description =
                  "NEWEST_FIRST (default), OLDEST_FIRST, or DEADLINE: the next deadline first"
                      + " (docs/service-clock.md), requests without one last")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "true: only requests whose next deadline has passed")
          @QueryParam("overdue")
          boolean overdue,
      @Parameter(description = "nextCursor or previousCursor of another page") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Rows per page, 1 to 100 (default 50)") @QueryParam("limit")
          String limit,
      @Context UriInfo uriInfo) {
    FieldErrors errors = FieldErrors.inOrder();
    Optional<RequestStatus> statusFilter = parse(RequestStatus.class, "status", status, errors);
    Optional<DataSubjectRight> kindFilter = parse(DataSubjectRight.class, "kind", kind, errors);
    Optional<Channel> channelFilter = parse(Channel.class, "channel", channel, errors);
    Optional<SortOrder> order = parse(SortOrder.class, "sort", sort, errors);
    Long customer = number("customerId", customerId, errors);
    Long olderThan = number("olderThanDays", olderThanDays, errors);
    int size = DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > RequestSearch.MAX_PAGE_SIZE) {
        errors.add(
            "limit", "api.problem.field.range", "1", String.valueOf(RequestSearch.MAX_PAGE_SIZE));
      }
    }
    if (!errors.isEmpty()) {
      return errors.problem(language(), "api.problem.invalid.parameters");
    }
    KeysetPage<RequestSummary> page;
    try {
      page =
          search.search(
              new RequestCriteria(
                  q,
                  statusFilter.orElse(null),
                  kindFilter.orElse(null),
                  channelFilter.orElse(null),
                  customer,
                  assignee,
                  mine,
                  unassigned,
                  olderThan == null
                      ? null
                      : (int) Math.max(Integer.MIN_VALUE, Math.min(olderThan, Integer.MAX_VALUE)),
                  order.orElse(null),
                  overdue),
              cursor,
              size);
    } catch (DomainRuleViolation e) {
      // criteria or a cursor the search refuses: the caller's mistake, not a state conflict
      return Problem.of(
          Response.Status.BAD_REQUEST, language(), "api.problem.invalid.search", e.messageKey());
    }
    Response.ResponseBuilder answer =
        Response.ok(
                new PageView(
                    page.rows().stream().map(RequestRow::of).toList(),
                    page.next(),
                    page.previous()),
                MediaType.APPLICATION_JSON)
            .header("Cache-Control", "no-store");
    if (page.next() != null) {
      answer.link(
          uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
    }
    if (page.previous() != null) {
      answer.link(
          uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.previous()).build(),
          "prev");
    }
    return answer.build();
  }

  @GET
  @Path("{reference}")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "One request",
      description = "Recorded in the audit trail as a viewing, as when the page is opened.")
  @APIResponse(
      responseCode = "200",
      description = "The request, with where it was forwarded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestView.class),
              examples = @ExampleObject(name = "forwarded", value = StaffApiDocs.REQUEST)))
  @APIResponse(
      responseCode = "404",
      description = "No request with this reference",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response get(@PathParam("reference") String reference) {
    Request request = routing.request(idOf(reference));
    return Response.ok(view(request), MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{reference}/forward")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Forward the request to a customer",
      description =
          "As the Forward button: the customer's privacy contact and the subject are mailed, the"
              + " audit trail records it. Take the customer from the suggestions.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ForwardCommand.class),
              examples = @ExampleObject(name = "forward", value = "{\"customerId\": 12}")))
  @APIResponse(
      responseCode = "200",
      description = "Forwarded; the request as it is now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestView.class),
              examples = @ExampleObject(name = "forwarded", value = StaffApiDocs.REQUEST)))
  @APIResponse(
      responseCode = "400",
      description = "No customerId, or no customer with that id; nothing was done",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "invalid", value = StaffApiDocs.INVALID_CUSTOMER)))
  @APIResponse(
      responseCode = "404",
      description = "No request with this reference",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "The request cannot be forwarded now (closed, forwarded already, the law forbids"
              + " telling the customer); nothing was done",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "conflict", value = StaffApiDocs.CONFLICT)))
  public Response forward(@PathParam("reference") String reference, ForwardCommand body) {
    long id = idOf(reference);
    routing.reread(id); // the role check first: a role that may not gets 403 whatever the body
    if (body == null || body.getCustomerId() == null || body.getCustomerId() < 1) {
      return FieldErrors.inOrder()
          .add("customerId", "api.problem.forward.customerId")
          .problem(language(), "api.problem.forward.customerMissing");
    }
    try {
      customers.find(body.getCustomerId());
    } catch (NotFoundException e) {
      return FieldErrors.inOrder()
          .add("customerId", "api.problem.forward.unknownCustomer")
          .problem(language(), "api.problem.forward.noSuchCustomer");
    }
    routing.forward(id, body.getCustomerId());
    return Response.ok(view(routing.reread(id)), MediaType.APPLICATION_JSON).build();
  }

  @POST
  @Path("{reference}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Close the request with a reason",
      description =
          "As the Close button; the subject sees the reason on the status page. reason is one of"
              + " DUPLICATE, WITHDRAWN, NOT_OUR_CUSTOMER, ANSWERED, SPAM, NOT_GDPR,"
              + " PROVIDER_IS_CONTROLLER.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CloseCommand.class),
              examples = @ExampleObject(name = "spam", value = "{\"reason\": \"SPAM\"}")))
  @APIResponse(
      responseCode = "200",
      description = "Closed; the request as it is now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No reason, or one that is not in the list; nothing was done",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "invalid", value = StaffApiDocs.INVALID_REASON)))
  @APIResponse(
      responseCode = "404",
      description = "No request with this reference",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Closed already; nothing was done",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response close(@PathParam("reference") String reference, CloseCommand body) {
    long id = idOf(reference);
    routing.reread(id);
    FieldErrors errors = FieldErrors.inOrder();
    Optional<CloseReason> reason =
        parse(CloseReason.class, "reason", body == null ? null : body.getReason(), errors);
    if (reason.isEmpty()) {
      if (!errors.has("reason")) {
        errors.add("reason", "api.problem.field.oneOf", names(CloseReason.class));
      }
      return errors.problem(language(), "api.problem.close.reasonMissing");
    }
    closing.close(id, reason.get());
    return Response.ok(view(routing.reread(id)), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("{reference}/suggestions")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "The customers the request is likely for, best first",
      description =
          "As the request page ranks them: from the organisation typed (case, accents, punctuation"
              + " and legal forms ignored, typos tolerated), the customers' aliases, the subject's"
              + " e-mail domain and the service named; each with why, and where a forward would"
              + " send the data. Ended customers are never suggested.")
  @APIResponse(
      responseCode = "200",
      description = "Up to limit suggestions (default 5, at most 20); none when nothing matches",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SuggestionView[].class),
              examples = @ExampleObject(name = "suggestions", value = StaffApiDocs.SUGGESTIONS)))
  @APIResponse(
      responseCode = "404",
      description = "No request with this reference",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response suggestions(
      @PathParam("reference") String reference,
      @Parameter(description = "How many, 1 to 20 (default 5)") @QueryParam("limit") String limit) {
    long id = idOf(reference);
    routing.reread(id);
    int size = 5;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > 20) {
        return FieldErrors.inOrder()
            .add("limit", "api.problem.field.range", "1", "20")
            .problem(language(), "api.problem.invalid.parameter");
      }
    }
    List<SuggestionView> suggestions =
        matching.suggest(id, size).stream().map(SuggestionView::of).toList();
    return Response.ok(suggestions, MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  private long idOf(String reference) {
    return RequestReference.tryParse(reference)
        .flatMap(r -> queries.byReference(r.value()))
        .map(Request::getId)
        .orElseThrow(() -> new NotFoundException("request"));
  }

  private RequestView view(Request request) {
    Forwarding forwarding = routing.forwardingOf(request.getId()).orElse(null);
    Customer customer = forwarding == null ? null : customers.find(forwarding.getCustomerId());
    return RequestView.of(request, forwarding, customer, true, time.zone());
  }

  /** The caller's language, for the texts of a refusal. */
  private Language language() {
    return ApiLanguage.of(headers);
  }

  private static <E extends Enum<E>> Optional<E> parse(
      Class<E> type, String field, String text, FieldErrors errors) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, text));
    } catch (IllegalArgumentException e) {
      errors.add(field, "api.problem.field.oneOf", names(type));
      return Optional.empty();
    }
  }

  /** A whole number the query gave, or null for none; a text that is not one is an error. */
  private static Long number(String field, String text, FieldErrors errors) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      errors.add(field, "api.problem.field.wholeNumber");
      return null;
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}

package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The staff API's refusals as problem+json, as the pages refuse them, in the caller's language. */
public final class StaffProblems {
  private StaffProblems() {}

  /** 403 for a role the endpoint is not for, answered before the body is looked at. */
  public static Response forbidden(Language language) {
    return Problem.of(
        Response.Status.FORBIDDEN,
        language,
        "api.problem.forbidden",
        "api.problem.forbidden.detail");
  }

  /** The token's account holds no role the service allows: 403, nothing done. */
  @Provider
  public static class Forbidden extends ProblemMappers.InCallersLanguage
      implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return forbidden(language());
    }
  }

  /**
   * A rule of the request's state refused the action (closed already, forwarded already, …): 409,
   * with the text the page would show.
   */
  @Provider
  public static class Conflict extends ProblemMappers.InCallersLanguage
      implements ExceptionMapper<DomainRuleViolation> {
    @Override
    public Response toResponse(DomainRuleViolation e) {
      return Problem.of(
          Response.Status.CONFLICT, language(), "api.problem.conflict", e.messageKey());
    }
  }
}

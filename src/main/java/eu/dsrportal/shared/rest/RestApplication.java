package eu.dsrportal.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API for other channels, under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "DSR Portal API",
            version = "1",
            description =
                "The intake of requests from other channels (anonymous) and, with a personal API"
                    + " token (made on the account page, /account/api-tokens.xhtml), the staff API:"
                    + " the same roles, rules and audit as the staff pages. Errors are RFC 9457"
                    + " problem details (application/problem+json)."))
@SecurityScheme(
    securitySchemeName = StaffApi.SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "Authorization: Bearer dsr_… — a personal API token of a staff user; it acts with the"
            + " account's current roles and stops working when revoked, expired or the account is"
            + " disabled. No session is created.")
public class RestApplication extends Application {

  /** No generated WADL at /api/application.wadl: it names the framework and its version. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

package eu.dsrportal.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API for other channels, under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "DSR Portal API", version = "1"))
public class RestApplication extends Application {

  /** No generated WADL at /api/application.wadl: it names the framework and its version. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

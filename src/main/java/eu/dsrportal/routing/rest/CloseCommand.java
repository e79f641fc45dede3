package eu.dsrportal.routing.rest;

import eu.dsrportal.intake.domain.CloseReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a close: why. */
@Schema(name = "Close")
public class CloseCommand {
  @Schema(required = true, implementation = CloseReason.class)
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

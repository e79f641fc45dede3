package eu.dsrportal.routing.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a forward: the customer to forward to. */
@Schema(name = "Forward")
public class ForwardCommand {
  @Schema(required = true, description = "The id of the customer to forward the request to")
  private Long customerId;

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }
}

package eu.dsrportal.shared.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the endpoints of the staff API: they answer only calls with a valid bearer token (see
 * {@link StaffApiGuard}); a session cookie does not count, so no page can be made to call them.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffApi {
  /**
   * The request attribute the authentication mechanism sets to {@code true} when the caller was
   * authenticated by an API token in this very request.
   */
  String TOKEN_CALLER = "eu.dsrportal.api.tokenCaller";

  /** The name of the bearer scheme in the OpenAPI document. */
  String SCHEME = "apiToken";

  /** The request attribute set when a bearer token was sent and refused. */
  String TOKEN_REFUSED = "eu.dsrportal.api.tokenRefused";

  /**
   * The request attribute set, to the {@link java.time.Duration} to wait, when the token was not
   * checked because the client's address sent too many refused tokens lately.
   */
  String TOKEN_THROTTLED = "eu.dsrportal.api.tokenThrottled";
}

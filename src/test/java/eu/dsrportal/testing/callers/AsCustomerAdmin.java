package eu.dsrportal.testing.callers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Calls services with role CUSTOMER_ADMIN alone, as the user of another customer than {@link
 * AsCustomer}'s (principal mapped in payara-web-it.xml).
 */
@Stateless
@LocalBean
@RunAs("CUSTOMER_ADMIN")
@PermitAll
public class AsCustomerAdmin implements TestCallers {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}

package eu.dsrportal.testing.callers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls services with role ADMIN (principal mapped in payara-web-it.xml). */
@Stateless
@LocalBean
@RunAs("ADMIN")
@PermitAll
public class AsAdmin implements TestCallers {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}

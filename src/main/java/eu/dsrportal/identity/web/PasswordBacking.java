package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.PasswordChanges;
import eu.dsrportal.identity.domain.PasswordPolicy;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A user changing their own password. */
@Named
@RequestScoped
public class PasswordBacking {

  @Inject PasswordChanges changes;

  private String current;
  private String next;
  private String repeated;

  public String change() {
    if (next == null || !next.equals(repeated)) {
      Messages.errorOn("password:repeated", "password.error.repeat");
      return null;
    }
    List<String> problems = changes.changeOwn(current, next);
    if (!problems.isEmpty()) {
      problems.forEach(
          key ->
              Messages.errorOn(
                  key.equals("password.error.current") ? "password:current" : "password:next",
                  key,
                  PasswordPolicy.MIN_LENGTH,
                  PasswordPolicy.MAX_LENGTH));
      return null;
    }
    Messages.info("password.changed");
    Messages.keepForRedirect();
    return "/account/password?faces-redirect=true";
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}

package eu.dsrportal.customer.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an administrator fills in for a customer. */
public class CustomerDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{customer.name.required}")
  @Size(max = Customer.NAME_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String name;

  @NotBlank(message = "{customer.contactName.required}")
  @Size(max = Customer.NAME_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String privacyContactName;

  @NotBlank(message = "{request.email.required}")
  @Size(max = Customer.EMAIL_LENGTH, message = "{request.tooLong}")
  @Pattern(regexp = EmailAddress.PATTERN, message = "{request.email.invalid}")
  @PlainText
  private String privacyContactEmail;

  @NotBlank(message = "{customer.publicContact.required}")
  @Size(max = Customer.PUBLIC_CONTACT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String publicContact;

  @NotNull(message = "{customer.language.required}")
  private Language language = Language.NL;

  public static CustomerDetails of(Customer customer) {
    CustomerDetails details = new CustomerDetails();
    details.name = customer.getName();
    details.privacyContactName = customer.getPrivacyContactName();
    details.privacyContactEmail = customer.getPrivacyContactEmail();
    details.publicContact = customer.getPublicContact();
    details.language = customer.getLanguage();
    return details;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPrivacyContactName() {
    return privacyContactName;
  }

  public void setPrivacyContactName(String privacyContactName) {
    this.privacyContactName = privacyContactName;
  }

  public String getPrivacyContactEmail() {
    return privacyContactEmail;
  }

  public void setPrivacyContactEmail(String privacyContactEmail) {
    this.privacyContactEmail = privacyContactEmail;
  }

  public String getPublicContact() {
    return publicContact;
  }

  public void setPublicContact(String publicContact) {
    this.publicContact = publicContact;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}

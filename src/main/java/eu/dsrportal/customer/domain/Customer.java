package eu.dsrportal.customer.domain;

import eu.dsrportal.shared.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A controller whose data the provider processes. Its privacy contact receives forwarded requests;
 * its public contact is what a data subject may be told (contract art. 6.5).
 */
@Entity
@Table(name = "customer")
@NamedQuery(
    name = Customer.SEARCH,
    query = "SELECT c FROM Customer c WHERE LOWER(c.name) LIKE :pattern ORDER BY c.name")
public class Customer {
  public static final String SEARCH = "Customer.search";
  public static final int NAME_LENGTH = 200;
  public static final int EMAIL_LENGTH = 254;
  public static final int PUBLIC_CONTACT_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "privacy_contact_name", nullable = false, length = NAME_LENGTH)
  private String privacyContactName;

  @Column(name = "privacy_contact_email", nullable = false, length = EMAIL_LENGTH)
  private String privacyContactEmail;

  @Column(name = "public_contact", nullable = false, length = PUBLIC_CONTACT_LENGTH)
  private String publicContact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Customer() {}

  public Customer(
      String name,
      String privacyContactName,
      String privacyContactEmail,
      String publicContact,
      Language language,
      Instant createdAt) {
    changeDetails(name, privacyContactName, privacyContactEmail, publicContact, language);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** New name, contacts or language; mails already queued keep the address they were queued for. */
  public void changeDetails(
      String name,
      String privacyContactName,
      String privacyContactEmail,
      String publicContact,
      Language language) {
    this.name = Objects.requireNonNull(name);
    this.privacyContactName = Objects.requireNonNull(privacyContactName);
    this.privacyContactEmail = Objects.requireNonNull(privacyContactEmail);
    this.publicContact = Objects.requireNonNull(publicContact);
    this.language = Objects.requireNonNull(language);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPrivacyContactName() {
    return privacyContactName;
  }

  public String getPrivacyContactEmail() {
    return privacyContactEmail;
  }

  public String getPublicContact() {
    return publicContact;
  }

  public Language getLanguage() {
    return language;
  }
}

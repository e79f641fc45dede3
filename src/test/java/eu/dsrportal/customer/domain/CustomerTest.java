package eu.dsrportal.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {
  private final Customer customer =
      new Customer(
          "Acme Retail NV",
          "Anna Peeters",
          "privacy@acme.example",
          "Acme, Meir 1, Antwerpen",
          Language.NL,
          Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void theFirstContactIsThePrimaryOneAndWhereRequestsGo() {
    assertThat(customer.getContacts()).hasSize(1);
    assertThat(customer.getPrivacyContactName()).isEqualTo("Anna Peeters");
    assertThat(customer.getPrivacyContactEmail()).isEqualTo("privacy@acme.example");
  }

  @Test
  void ofSeveralContactsTheOneMarkedPrimaryReceivesRequests() {
    customer.replaceContacts(
        List.of(
            new PrivacyContact("Anna Peeters", "anna@acme.example", null, "DPO", false),
            new PrivacyContact(
                "Privacy desk", "privacy@acme.example", "+32 3 123 45 67", null, true)));
    assertThat(customer.getPrivacyContactEmail()).isEqualTo("privacy@acme.example");
    assertThat(customer.getPrivacyContactName()).isEqualTo("Privacy desk");
  }

  @Test
  void exactlyOneContactIsPrimary() {
    PrivacyContact a = new PrivacyContact("A", "a@acme.example", null, null, true);
    PrivacyContact b = new PrivacyContact("B", "b@acme.example", null, null, true);
    PrivacyContact c = new PrivacyContact("C", "c@acme.example", null, null, false);
    assertThatThrownBy(() -> customer.replaceContacts(List.of(a, b)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("customer.contacts.onePrimary");
    assertThatThrownBy(() -> customer.replaceContacts(List.of(c)))
        .hasMessageContaining("customer.contacts.onePrimary");
    assertThatThrownBy(() -> customer.replaceContacts(List.of()))
        .hasMessageContaining("customer.contacts.required");
    assertThat(customer.getPrivacyContactEmail())
        .as("refused changes change nothing")
        .isEqualTo("privacy@acme.example");
  }

  @Test
  void aliasesDomainsAndServicesAreKeptOnceWithoutBlanks() {
    customer.replaceAliases(List.of(" ShopAcme ", "shopacme", "", "Acme Webshop"));
    customer.replaceEmailDomains(List.of("@ShopAcme.example", "shopacme.example", "acme.example"));
    customer.replaceServices(List.of("Webshop hosting", "  "));
    assertThat(customer.getAliases()).containsExactly("ShopAcme", "Acme Webshop");
    assertThat(customer.getEmailDomains()).containsExactly("shopacme.example", "acme.example");
    assertThat(customer.getServices()).containsExactly("Webshop hosting");
  }

  @Test
  void anEndedCustomerCannotBeForwardedToFromItsEndDayOn() {
    customer.end(LocalDate.of(2026, 6, 1));
    assertThatCode(() -> customer.checkForwardable(LocalDate.of(2026, 5, 31)))
        .doesNotThrowAnyException();
    assertThat(customer.isEndedOn(LocalDate.of(2026, 6, 1))).isTrue();
    assertThatThrownBy(() -> customer.checkForwardable(LocalDate.of(2026, 6, 1)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("customer.error.ended");
    customer.reactivate();
    assertThatCode(() -> customer.checkForwardable(LocalDate.of(2026, 6, 2)))
        .doesNotThrowAnyException();
  }

  @Test
  void theCrmIdOnceGivenStays() {
    customer.identifyExternally("crm-42");
    customer.identifyExternally("crm-42");
    assertThatThrownBy(() -> customer.identifyExternally("crm-43"))
        .hasMessageContaining("customer.externalId.fixed");
    assertThat(customer.getExternalId()).isEqualTo("crm-42");
  }

  @Test
  void anAddressReadsOnOneLine() {
    assertThat(new Address("Meir 1", "2000", "Antwerpen", "be").oneLine())
        .isEqualTo("Meir 1, 2000 Antwerpen, BE");
    assertThat(new Address(null, " ", "Gent", null).oneLine()).isEqualTo("Gent");
  }
}

package eu.dsrportal.breach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.breach.application.BreachNoticeText;
import eu.dsrportal.breach.application.BreachNoticeText.Composed;
import eu.dsrportal.breach.domain.BreachDetails;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.breach.domain.BreachStatus;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BreachNoticeTextTest {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final String LINK = "https://portal.example/customer/breaches.xhtml";

  static BreachDetails breach(LocalDate end, Integer subjects, String recovery) {
    return new BreachDetails(
        "Stolen laptop",
        "A laptop was stolen from a car.\nIts disk was not encrypted.",
        Instant.parse("2026-12-02T13:30:00Z"),
        LocalDate.of(2026, 11, 30),
        end,
        "names, e-mail addresses",
        "web-shop customers",
        subjects,
        null,
        "Phishing mails to the customers concerned.",
        "Remote wipe ordered; disks encrypted from now on.",
        "Night shift",
        "Security desk, security@provider.example, +32 2 123 45 67",
        recovery,
        BreachStatus.CONTAINED);
  }

  @Test
  void theNoticeGivesEveryFactInTheCustomersLanguage() {
    Composed nl =
        BreachNoticeText.compose(
            breach(null, 1200, null),
            Language.NL,
            "Anna Peeters",
            "Acme Retail NV",
            null,
            BRUSSELS,
            LINK);
    assertThat(nl.subject())
        .isEqualTo("Melding van een inbreuk in verband met persoonsgegevens: Stolen laptop");
    assertThat(nl.body())
        .startsWith("Beste Anna Peeters,\n\nAls privacycontactpersoon van Acme Retail NV")
        .contains("Titel: Stolen laptop\n")
        .contains(
            "Wat er gebeurde:\n  A laptop was stolen from a car.\n  Its disk was not encrypted.\n")
        // 13:30 UTC is 14:30 in Brussels
        .contains("Ontdekt: 2 dec. 2026 14:30")
        .contains("Periode: sinds 30 november 2026, nog aan de gang of einde nog niet bekend")
        .contains("Geschat aantal betrokkenen: 1.200")
        .contains("Geschat aantal records: nog niet bekend")
        .contains("Stand van zaken: ingeperkt")
        .contains("artikel 13.5")
        .endsWith(LINK + "\n")
        .doesNotContain("Herstel:")
        .doesNotContain("Night shift");
  }

  @Test
  void whatAnAdministratorTypedIsDefangedAndTheOnlyLinkIsThePortals() {
    Composed en =
        BreachNoticeText.compose(
            breach(LocalDate.of(2026, 12, 1), null, "Restored from http://backup.example"),
            Language.EN,
            "Nina",
            "Nordlicht GmbH",
            null,
            BRUSSELS,
            LINK);
    assertThat(en.body())
        .contains("security[@]provider[.]example")
        .contains("Recovery: Restored from hxxp://backup[.]example")
        .contains("Period: from November 30, 2026 to December 1, 2026")
        .doesNotContain("http://backup");
    assertThat(en.body().split("https?://", -1)).as("one link").hasSize(2);
  }

  @Test
  void aSecondNoticeIsAnUpdateNamingTheFirst() {
    Composed fr =
        BreachNoticeText.compose(
            breach(null, null, null),
            Language.FR,
            "Camille",
            "Acmé Benelux SRL",
            Instant.parse("2026-12-02T15:00:00Z"),
            BRUSSELS,
            LINK);
    assertThat(fr.subject()).startsWith("Mise à jour : notification d'une violation");
    assertThat(fr.body())
        .contains("vous êtes informé(e) d'une violation")
        .contains("Titre : Stolen laptop\n")
        .contains("Ceci est une mise à jour de notre notification du 2 déc. 2026 16:00 ;");
    Composed de =
        BreachNoticeText.compose(
            breach(null, null, null), Language.DE, "Nina", "Nordlicht GmbH", null, BRUSSELS, LINK);
    assertThat(de.subject()).startsWith("Meldung einer Verletzung");
    assertThat(de.body())
        .startsWith("Guten Tag Nina,\n\nals Datenschutz-Kontaktperson von Nordlicht GmbH");
  }

  @Test
  void aLongTitleStillFitsTheSubjectColumnOnceDefanged() {
    BreachDetails d = breach(null, null, null);
    String title = "a.be ".repeat(40);
    BreachDetails longTitle =
        new BreachDetails(
            title,
            d.description(),
            d.discoveredAt(),
            d.periodStart(),
            null,
            d.dataCategories(),
            d.subjectCategories(),
            null,
            null,
            d.consequences(),
            d.measures(),
            d.reportedBy(),
            d.contactPoint(),
            null,
            d.status());
    Composed de =
        BreachNoticeText.compose(
            longTitle, Language.DE, "Nina", "Nordlicht GmbH", Instant.EPOCH, BRUSSELS, LINK);
    assertThat(de.subject()).hasSize(BreachNotice.SUBJECT_LENGTH).endsWith("…");
  }
}

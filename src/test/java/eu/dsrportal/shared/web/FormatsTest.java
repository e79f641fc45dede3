package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What users of each language read: dates in Brussels time, numbers in their own notation. */
class FormatsTest {
  // 07:46 UTC is 08:46 in Brussels in winter
  private static final Instant MORNING = Instant.parse("2026-12-03T07:46:00Z");

  @Test
  void eachLanguageFormatsWithARegionTheBrowsersIfItGivesOne() {
    assertThat(UserLocale.formatting(Language.EN, List.of())).isEqualTo(Locale.UK);
    assertThat(UserLocale.formatting(Language.EN, List.of(Locale.ENGLISH)))
        .isEqualTo(Locale.forLanguageTag("en-GB"));
    assertThat(
            UserLocale.formatting(Language.EN, List.of(Locale.forLanguageTag("nl-BE"), Locale.US)))
        .isEqualTo(Locale.US);
    assertThat(UserLocale.formatting(Language.NL, List.of(Locale.US)))
        .isEqualTo(Locale.forLanguageTag("nl-BE"));
    assertThat(UserLocale.formatting(Language.NL, List.of(Locale.forLanguageTag("nl-NL"))))
        .isEqualTo(Locale.forLanguageTag("nl-NL"));
    assertThat(UserLocale.formatting(Language.FR, List.of()))
        .isEqualTo(Locale.forLanguageTag("fr-BE"));
    assertThat(UserLocale.formatting(Language.DE, List.of()))
        .isEqualTo(Locale.forLanguageTag("de-BE"));
  }

  @Test
  void anEnglishUserReadsBritishDatesInBrusselsTime() {
    Locale english = UserLocale.formatting(Language.EN, List.of(Locale.ENGLISH));
    assertThat(Formats.dateTime(MORNING, english, ProviderTime.DEFAULT_ZONE))
        .isEqualTo("3 Dec 2026, 08:46");
  }

  @Test
  void aDutchUserReadsDecimalCommasInHoursPercentagesAndAmounts() {
    Locale dutch = UserLocale.formatting(Language.NL, List.of());
    assertThat(Formats.number(new BigDecimal("1.50"), dutch)).isEqualTo("1,50");
    assertThat(Formats.percent(new BigDecimal("21.00"), dutch)).startsWith("21,00").endsWith("%");
    assertThat(Formats.money(new BigDecimal("1142.50"), dutch)).isEqualTo("€\u00a01.142,50");
    assertThat(Formats.dateTime(MORNING, dutch, ProviderTime.DEFAULT_ZONE))
        .isEqualTo("3 dec. 2026 08:46");
  }

  @Test
  void anEnglishUserReadsDecimalPoints() {
    Locale english = UserLocale.formatting(Language.EN, List.of());
    assertThat(Formats.number(new BigDecimal("1.5"), english)).isEqualTo("1.50");
    assertThat(Formats.money(new BigDecimal("142.5"), english)).isEqualTo("€142.50");
    assertThat(Formats.percent(new BigDecimal("21"), english)).isEqualTo("21.00%");
  }
}

package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthorityDemandTest {
  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

  @Test
  void aDemandNamesTheAuthorityAndItsLegalBasisAndAGagItsReason() {
    assertThatThrownBy(() -> new AuthorityDemand("", "Art. 46bis Sv.", false, null))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("entry.error.authority");
    assertThatThrownBy(() -> new AuthorityDemand("Federal police", " ", false, null))
        .hasMessage("entry.error.authority");
    assertThatThrownBy(() -> new AuthorityDemand("Federal police", "Art. 46bis Sv.", true, ""))
        .hasMessage("entry.error.gagReason");
    assertThatThrownBy(() -> new AuthorityDemand("Federal\u202Epolice", "Art. 46", false, null))
        .hasMessage("text.error.invalidCharacters");
    assertThatThrownBy(() -> new AuthorityDemand("Police", "Art.\u200B46", false, null))
        .hasMessage("text.error.invalidCharacters");
    assertThat(new AuthorityDemand("Police", "Art. 46bis\nSv.", false, null).getLegalBasis())
        .as("a textarea's line break")
        .contains("\n");
    AuthorityDemand open = new AuthorityDemand("Federal police", "Art. 46bis Sv.", false, "x");
    assertThat(open.getNotificationForbiddenReason()).isNull();
  }

  @Test
  void aDemandTheCustomerMayNotHearOfIsNeverForwarded() {
    Request gagged = Fixtures.request(DataSubjectRight.OTHER, T0);
    gagged.fromAuthority(
        new AuthorityDemand("Federal police", "Art. 46bis Sv.", true, "Art. 46bis §2 Sv."));
    assertThat(gagged.getOrigin()).isEqualTo(RequestOrigin.AUTHORITY);
    assertThatThrownBy(gagged::checkForwardable)
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("request.error.notificationForbidden");
    assertThat(gagged.getStatus()).isEqualTo(RequestStatus.RECEIVED);

    Request told = Fixtures.request(DataSubjectRight.OTHER, T0);
    told.fromAuthority(new AuthorityDemand("Federal police", "Art. 46bis Sv.", false, null));
    told.checkForwardable();
    assertThat(told.getStatus()).isEqualTo(RequestStatus.RECEIVED);
  }
}

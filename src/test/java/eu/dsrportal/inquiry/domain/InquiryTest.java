package eu.dsrportal.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.FileType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inquiry's steps and the history they leave. */
class InquiryTest {
  private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);

  @Test
  void registeringStartsTheClockOnTheDayOfReceipt() {
    Inquiry inquiry = audit();

    assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.OPEN);
    assertThat(inquiry.getDueOn()).isEqualTo("2026-04-10");
    assertThat(inquiry.getHistory())
        .extracting(InquiryEvent::getType, InquiryEvent::getActor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(InquiryEvent.Type.REGISTERED, "acme"));
  }

  @Test
  void aQuestionIsRequiredAndLimited() {
    assertThatThrownBy(() -> register(" "))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.questionRequired");
    assertThatThrownBy(() -> register("x".repeat(Inquiry.QUESTION_LENGTH + 1)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.tooLong");
  }

  @Test
  void anExtensionNeedsAReasonAndMovesTheDueDate() {
    Inquiry inquiry = audit();
    assertThatThrownBy(() -> inquiry.extend("", "support", AT, RECEIVED))
        .hasMessageContaining("inquiry.error.reasonRequired");

    inquiry.extend("The auditor's report arrives in April.", "support", AT, RECEIVED.plusDays(3));

    assertThat(inquiry.getDueOn()).isEqualTo("2026-05-11");
    assertThat(inquiry.isExtended()).isTrue();
    assertThat(inquiry.getHistory().get(1).getType()).isEqualTo(InquiryEvent.Type.EXTENDED);
    assertThat(inquiry.getHistory().get(1).getNote()).contains("auditor");
  }

  @Test
  void answeredOnceWithItsFiles() {
    Inquiry inquiry = audit();
    AnswerFile file = new AnswerFile("../report.exe.pdf", FileType.PDF, 10, "k", "h");

    inquiry.answer("Here is our report.", List.of(file), "support", AT);

    assertThat(inquiry.getStatus()).isEqualTo(InquiryStatus.ANSWERED);
    assertThat(inquiry.getFiles())
        .extracting(InquiryFile::getFileName)
        .containsExactly("report.exe.pdf");
    assertThat(inquiry.extendableOn(RECEIVED)).isFalse();
    assertThatThrownBy(() -> inquiry.answer("Again", List.of(), "support", AT))
        .hasMessageContaining("inquiry.error.notOpen");
    assertThatThrownBy(() -> inquiry.extend("Late", "support", AT, RECEIVED))
        .hasMessageContaining("inquiry.error.notOpen");
  }

  private static Inquiry audit() {
    return register("Please send your ISO 27001 certificate.");
  }

  private static Inquiry register(String question) {
    return Inquiry.register(7, InquiryKind.AUDIT_INFORMATION, question, "acme", AT, RECEIVED);
  }
}

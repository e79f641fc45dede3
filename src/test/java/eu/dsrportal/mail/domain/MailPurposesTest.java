package eu.dsrportal.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.assistance.application.TaskMails;
import eu.dsrportal.inquiry.domain.ReminderRule;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.shared.domain.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Staff read a mail's purpose in words, in their language, never as the code the sender wrote. */
class MailPurposesTest {

  /**
   * The purposes the sending code writes, those made at run time from each of their enums' values.
   */
  private static List<String> purposesWritten() {
    List<String> purposes =
        new ArrayList<>(
            List.of(
                "REQUEST_RECEIVED",
                "REQUEST_FORWARDED_CUSTOMER",
                "REQUEST_FORWARDED_SUBJECT",
                "REQUEST_FORWARDED_THIRD_PARTY",
                "REQUEST_CLOSED_CUSTOMER",
                "REQUEST_REOPENED_CUSTOMER",
                "FORWARDING_WITHDRAWN_CUSTOMER",
                "FORWARDING_OVERDUE_STAFF",
                "ACKNOWLEDGEMENT_REMINDER",
                "ACKNOWLEDGEMENT_ESCALATION_CUSTOMER",
                "ACKNOWLEDGEMENT_ESCALATION_STAFF",
                "ANSWER_PERIOD_EXTENDED_SUBJECT",
                "BREACH_NOTICE",
                "CLARIFICATION_ASKED",
                "DAILY_DIGEST_CUSTOMER",
                "DAILY_DIGEST_STAFF",
                "INQUIRY_REGISTERED_SUPPORT",
                "INQUIRY_ANSWERED_CUSTOMER",
                "INQUIRY_EXTENDED_CUSTOMER",
                "invoice"));
    for (RequestOrigin origin : RequestOrigin.values()) {
      purposes.add("REQUEST_FORWARDED_CUSTOMER_" + origin.name());
    }
    for (CloseReason reason : CloseReason.values()) {
      purposes.add("REQUEST_CLOSED_" + reason.name());
    }
    for (ReminderRule.Kind kind : ReminderRule.Kind.values()) {
      purposes.add("INQUIRY_REMINDER_" + kind.name());
    }
    for (TaskMails.Event event : TaskMails.Event.values()) {
      purposes.add("TASK_" + event.name() + "_CUSTOMER");
      purposes.add("TASK_" + event.name() + "_STAFF");
    }
    return purposes;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPurposeTheCodeWritesHasWordsInEveryLanguage(Language language) {
    for (String purpose : purposesWritten()) {
      assertThat(MailPurposes.label(purpose, language))
          .as("%s in %s", purpose, language)
          .isNotBlank()
          .isNotEqualToIgnoringCase(purpose)
          .doesNotContain("_");
    }
  }

  @Test
  void aPurposeMadeAtRunTimeHasItsFamilysWords() {
    assertThat(MailPurposes.label("TASK_ACCEPTED_STAFF", Language.EN))
        .isEqualTo("Assistance task, to staff");
    assertThat(MailPurposes.label("TASK_DONE_CUSTOMER", Language.NL))
        .isEqualTo("Ondersteuningstaak, aan de klant");
    assertThat(MailPurposes.label("REQUEST_CLOSED_CUSTOMER", Language.EN))
        .as("its own words before its family's")
        .isEqualTo("Request closed, to the customer");
    assertThat(MailPurposes.label("REQUEST_CLOSED_WITHDRAWN", Language.EN))
        .isEqualTo("Request closed, to the data subject");
  }

  @Test
  void aPurposeWithoutWordsIsShownAsItIs() {
    assertThat(MailPurposes.label("TEST", Language.FR)).isEqualTo("TEST");
    assertThat(MailPurposes.label("TASK_", Language.FR)).isEqualTo("TASK_");
  }
}

package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.Clarifications;
import eu.dsrportal.intake.domain.Clarification;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** On the staff request page: the questions put to the subject, their answers, asking another. */
@Named
@ViewScoped
public class StaffClarificationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Clarifications clarifications;

  private Long requestId;
  private List<Clarification> asked = List.of();

  @PlainText(multiline = true)
  @Size(max = Clarification.QUESTION_LENGTH, message = "{request.tooLong}")
  private String question;

  public void load(Long requestId) {
    this.requestId = requestId;
    if (requestId != null) {
      asked = clarifications.ofRequest(requestId);
    }
  }

  public void ask() {
    try {
      clarifications.ask(requestId, question);
      question = null;
      Messages.info("clarify.asked");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    asked = clarifications.ofRequest(requestId);
  }

  public List<Clarification> getAsked() {
    return asked;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}

package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.Clarifications;
import eu.dsrportal.intake.application.Clarifications.Question;
import eu.dsrportal.intake.domain.Clarification;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The public page a clarification link opens: the question, and the subject's answer (once).
 * Opening it changes nothing; the answer is sent by POST.
 */
@Named
@ViewScoped
public class ClarifyBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Clarifications clarifications;

  private String ref;
  private String token;
  private Question question;
  private boolean done;

  @PlainText(multiline = true)
  @Size(max = Clarification.ANSWER_LENGTH, message = "{request.tooLong}")
  private String answer;

  public void load() {
    question = clarifications.question(ref, token).orElse(null);
  }

  /** Whether the page offers the answer form: a right link, not answered yet. */
  public boolean isAnswerable() {
    return question != null && !question.answered() && !done;
  }

  public void send() {
    if (!isAnswerable()) {
      Messages.error("clarify.error.answered");
      return;
    }
    try {
      clarifications.answer(ref, token, answer);
      done = true;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      load();
    }
  }

  public Question getQuestion() {
    return question;
  }

  public boolean isDone() {
    return done;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}

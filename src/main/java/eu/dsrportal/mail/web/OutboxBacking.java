package eu.dsrportal.mail.web;

import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailPurposes;
import eu.dsrportal.mail.domain.OutboxBacklog;
import eu.dsrportal.mail.domain.OutboxMessage;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.LocaleBacking;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Mails not yet delivered, and failed ones that staff can send again. */
@Named
@RequestScoped
public class OutboxBacking {

  @Inject Outbox outbox;

  @Inject Clock clock;

  @Inject LocaleBacking locale;

  private List<OutboxMessage> messages;
  private OutboxBacklog backlog;

  /** The queue now: waiting, due, being sent, failed; oldest waiting and next try. */
  public OutboxBacklog getBacklog() {
    if (backlog == null) {
      backlog = outbox.backlog(clock.instant());
    }
    return backlog;
  }

  public List<OutboxMessage> getMessages() {
    if (messages == null) {
      messages = outbox.undelivered();
    }
    return messages;
  }

  /** A mail's purpose in the page's language. */
  public String purpose(String code) {
    return MailPurposes.label(code, locale.language());
  }

  public void retry(long id) {
    try {
      outbox.retry(id);
      Messages.info("outbox.retried");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    messages = null;
    backlog = null;
  }
}

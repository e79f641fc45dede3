package eu.dsrportal.retention.application;

import static eu.dsrportal.retention.application.Sql.utc;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;

/**
 * What a data subject leaves outside their request (docs/retention.md): the texts of the assistance
 * tasks on it and the mails sent to them. Used by the daily run when a request is anonymised and by
 * the end of service before a customer's requests are deleted.
 */
final class SubjectTraces {
  /** What the recipient of a mail to a subject becomes: the request by id, never deliverable. */
  static final String RECIPIENT =
      "CONCAT('subject-', COALESCE(subject_request_id, 'unknown')," + " '@anonymised.invalid')";

  private SubjectTraces() {}

  /**
   * Empties the free texts of the tasks (title, instruction and its versions, comments, closing
   * reason, estimate note, the descriptions of time entries and items and their history); hours,
   * amounts, dates, kind, status, who did what and the link to invoices stay. An issued invoice
   * keeps its own copy of the titles and descriptions (the provider's record, by law); a draft's
   * copies are emptied too, and the entries' versions move on, so a draft made before cannot be
   * finalised: billing makes it again.
   */
  static void anonymiseTaskTexts(EntityManager em, Collection<Long> tasks) {
    String none = RetentionWork.ANONYMISED;
    Sql.update(
        em,
        "UPDATE assistance_task SET instruction = ?, title = IF(title IS NULL, NULL, ?),"
            + " closing_reason = IF(closing_reason IS NULL, NULL, ?),"
            + " estimate_note = IF(estimate_note IS NULL, NULL, ?) WHERE id IN (:ids)",
        tasks,
        none,
        none,
        none,
        none);
    Sql.update(
        em, "UPDATE assistance_instruction SET text = ? WHERE task_id IN (:ids)", tasks, none);
    Sql.update(em, "UPDATE assistance_comment SET body = ? WHERE task_id IN (:ids)", tasks, none);
    for (String table : new String[] {"time_entry", "assistance_item"}) {
      Sql.update(
          em,
          "UPDATE " + table + " SET description = ?, version = version + 1 WHERE task_id IN (:ids)",
          tasks,
          none);
    }
    Sql.update(
        em,
        "UPDATE work_history SET before_text = IF(before_text IS NULL, NULL, ?),"
            + " after_text = IF(after_text IS NULL, NULL, ?) WHERE task_id IN (:ids)",
        tasks,
        none,
        none);
    Sql.update(
        em,
        "UPDATE invoice_work w JOIN invoice_line l ON l.id = w.line_id"
            + " JOIN invoice i ON i.id = l.invoice_id SET w.description = ?"
            + " WHERE i.status = 'DRAFT' AND l.task_id IN (:ids)",
        tasks,
        none);
    Sql.update(
        em,
        "UPDATE invoice_line l JOIN invoice i ON i.id = l.invoice_id SET l.title = ?"
            + " WHERE i.status = 'DRAFT' AND l.task_id IN (:ids)",
        tasks,
        none);
  }

  /**
   * The mails sent (or still to be sent) to the subjects of the requests: body and attached files
   * gone, the recipient replaced by the request's id (an error text loses the address too); the
   * purpose, subject line, times and status stay as evidence that the subject was told. Returns the
   * mails changed.
   */
  static int forgetMailsToSubjects(EntityManager em, Collection<Long> requests, Instant now) {
    Sql.update(
        em,
        "DELETE a FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id"
            + " WHERE m.subject_request_id IN (:ids)",
        requests);
    // a single-table UPDATE assigns left to right: the error text sees the old recipient
    return Sql.update(
        em,
        "UPDATE outbox_message SET last_error = REPLACE(last_error, recipient, 'the subject'),"
            + " recipient = "
            + RECIPIENT
            + ", body = '', body_cleared_at = COALESCE(body_cleared_at, ?)"
            + " WHERE subject_request_id IN (:ids)",
        requests,
        utc(now));
  }
}

package eu.dsrportal.audit.application;

import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.audit.domain.RestoreRecord;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;

/**
 * The restore log (Annex B): administrators record each restore of a backup, drills included, and
 * read the log. Recording and reading are audited. The form is validated here, not by constraints
 * on the parameters (Payara's OpenAPI scan fails on those).
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class RestoreLog {
  private static final int MAX_ROWS = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject Validator validator;
  @Resource SessionContext context;

  /** The newest {@value #MAX_ROWS} restores, the latest first. */
  public List<RestoreRecord> list() {
    audit.granted(AuditAction.RESTORE_LOG_VIEWED, "RestoreRecord", null);
    return em.createQuery(
            "SELECT r FROM RestoreRecord r ORDER BY r.restoredAt DESC, r.id DESC",
            RestoreRecord.class)
        .setMaxResults(MAX_ROWS)
        .getResultList();
  }

  /** Records a restore; returns its id. */
  public long record(RestoreForm form) {
    if (form == null) {
      throw new DomainRuleViolation("restores.error.incomplete");
    }
    var violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    RestoreRecord record =
        new RestoreRecord(
            form.restoredAt(time.zone()),
            form.getKind(),
            form.getBackupName(),
            form.getScope(),
            form.getOutcome(),
            form.getRestoredBy(),
            form.getReEntered(),
            form.getNotes(),
            callerName(),
            clock.instant());
    em.persist(record);
    em.flush();
    audit.granted(AuditAction.RESTORE_RECORDED, "RestoreRecord", record.getId());
    return record.getId();
  }

  /** The logged-in administrator, who by default did the restore too. */
  public String callerName() {
    return context.getCallerPrincipal().getName();
  }
}

package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.domain.UserAccount.DisabledReason;
import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every night, disables the accounts nobody used for six months (Annex B). Their open sessions end
 * at the next request ({@code ActiveAccountFilter}). The rows stay, so a username is never given to
 * someone else. Once cluster-wide ({@link ScheduledJobs}).
 */
@Singleton
public class DormantAccounts {
  private static final Logger LOG = Logger.getLogger(DormantAccounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ScheduledJobs jobs;
  @Resource SessionContext context;

  @Schedule(hour = "3", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    Instant now = clock.instant();
    DormantAccounts self = context.getBusinessObject(DormantAccounts.class);
    jobs.runOnce(
        "dormant-accounts",
        now,
        Duration.ofMinutes(1),
        Duration.ofMinutes(30),
        () -> self.disableDormant(now));
  }

  /** Disables the accounts dormant at {@code now}; returns how many. */
  public int disableDormant(Instant now) {
    List<UserAccount> enabled =
        em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE", UserAccount.class)
            .getResultList();
    int disabled = 0;
    for (UserAccount account : enabled) {
      if (account.isDormant(now)) {
        account.disable(DisabledReason.DORMANT, now);
        disabled++;
      }
    }
    int count = disabled;
    LOG.info(() -> "Dormant accounts disabled: " + count);
    return count;
  }
}

package eu.dsrportal.shared.infrastructure;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Every 15 seconds, on every instance: runs again the scheduled jobs whose run was abandoned (its
 * instance died in it and its lease ended), so that a daily job does not wait a day ({@link
 * ScheduledJobs#takeOverAbandoned}). One query of a table of a dozen rows when nothing is
 * abandoned.
 */
@Singleton
@ConcurrencyManagement(
    ConcurrencyManagementType.BEAN) // a long run taken over blocks no later check
public class JobWatchdog {

  @Inject ScheduledJobs jobs;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void watch() {
    jobs.takeOverAbandoned(clock.instant(), ScheduledJobs.HOLDER);
  }
}

package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.RetryPolicy;
import eu.dsrportal.mail.infrastructure.MailTransport;
import eu.dsrportal.shared.infrastructure.DatabaseUnavailable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox with several workers per instance. Every second the timer starts a worker if
 * none runs; a worker whose claim came back full starts another, up to {@code mail.outbox.workers},
 * so a backlog is sent in parallel batches while a quiet outbox costs one query a second. Each
 * worker claims its batch in a short transaction ({@code FOR UPDATE SKIP LOCKED}: several instances
 * on one database never send the same mail at once), sends it over one reused SMTP connection
 * outside any transaction, then records the outcome. A worker that dies leaves its claim to expire
 * ({@code mail.outbox.claim-seconds}); the mails are sent again then, with the same Message-ID.
 * When the SMTP server is unavailable this instance waits {@code mail.outbox.server-retry-seconds}
 * before trying again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

  @Inject OutboxClaims claims;
  @Inject Clock clock;
  @Inject MailTransport transport;

  @Resource ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "mail.outbox.max-attempts")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "mail.outbox.workers")
  int workers;

  @Inject
  @ConfigProperty(name = "mail.outbox.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "mail.outbox.claim-seconds")
  int claimSeconds;

  @Inject
  @ConfigProperty(name = "mail.outbox.server-retry-seconds")
  int serverRetrySeconds;

  private final AtomicInteger running = new AtomicInteger();
  private volatile Instant pausedUntil = Instant.MIN;
  private volatile Instant lastDelivery = Instant.MIN;
  private volatile boolean stopping;
  private ExecutorService pool;

  @PostConstruct
  void start() {
    pool = Executors.newFixedThreadPool(Math.max(1, workers), threads);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    pool.shutdown();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    if (running.get() == 0 && !clock.instant().isBefore(pausedUntil)) {
      startWorker();
    }
  }

  /**
   * Sends everything due now in the caller's thread (one worker, bounded), whatever the timer's
   * state: for tests and for staff-triggered runs.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDue() {
    worker().run(() -> !stopping, () -> {}, () -> lastDelivery = clock.instant());
  }

  /** The number of workers sending on this instance now. */
  public int runningWorkers() {
    return running.get();
  }

  /**
   * Until when this instance leaves an unavailable SMTP server alone; in the past when it does not.
   */
  public Instant pausedUntil() {
    return pausedUntil;
  }

  private void startWorker() {
    if (stopping || running.incrementAndGet() > workers) {
      running.decrementAndGet();
      return;
    }
    try {
      pool.execute(
          () -> {
            try {
              OutboxWorker.End end =
                  worker()
                      .run(
                          () -> !stopping && !clock.instant().isBefore(pausedUntil),
                          this::startWorker,
                          () -> lastDelivery = clock.instant());
              // one silent connection (a black hole) does not stop workers that are delivering:
              // the instance waits only when nobody delivered during the last retry period
              Instant now = clock.instant();
              if (end == OutboxWorker.End.SERVER_UNAVAILABLE
                  && lastDelivery.isBefore(now.minusSeconds(serverRetrySeconds))) {
                pausedUntil = now.plusSeconds(serverRetrySeconds);
              }
            } catch (RuntimeException e) {
              // the database may be away: the next tick after it is back tries again (the outage
              // itself is logged once, by DatabaseOutage; the timer skips its ticks meanwhile)
              if (!DatabaseUnavailable.causedBy(e)) {
                java.util.logging.Logger.getLogger(OutboxSender.class.getName())
                    .warning("Outbox worker stopped: " + e.getClass().getSimpleName());
              }
            } finally {
              running.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      running.decrementAndGet();
    }
  }

  private OutboxWorker worker() {
    return new OutboxWorker(
        claims,
        () -> {
          MailTransport.Connection connection = transport.open();
          return new OutboxWorker.Connection() {
            @Override
            public void send(eu.dsrportal.mail.domain.ClaimedMail mail) throws Exception {
              connection.send(mail);
            }

            @Override
            public void close() {
              connection.close();
            }
          };
        },
        clock,
        new RetryPolicy(maxAttempts, Duration.ofSeconds(serverRetrySeconds)),
        Duration.ofSeconds(claimSeconds),
        batchSize);
  }
}

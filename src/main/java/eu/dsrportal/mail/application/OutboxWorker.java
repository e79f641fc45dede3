package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.ClaimedMail;
import eu.dsrportal.mail.domain.DeliveryFailure;
import eu.dsrportal.mail.domain.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One sending worker: claims a batch, opens one SMTP connection for it (outside any transaction),
 * sends each mail, records the outcome, and goes on with the next batch until nothing is due. A
 * refused mail is recorded and the batch goes on; when the server is unavailable the rest of the
 * batch is released for a later try and the worker stops.
 */
final class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  /**
   * Sent mails are recorded after this many, so a crash mid-batch resends at most so many per
   * worker: one, the mail that was being sent (issue 13: "at most one duplicate per crash"). It was
   * 10, and SeveralInstancesIT saw a killed instance's three sent, unrecorded mails sent again.
   */
  static final int RECORD_EVERY = 1;

  /** The outbox rows, each call its own short transaction. */
  interface Store {
    List<ClaimedMail> claim(String token, Instant now, Duration lease, int max);

    void record(
        String token, Collection<Long> sent, List<Failed> failed, Instant now, RetryPolicy policy);
  }

  /** An SMTP connection kept open for a batch. */
  interface Connection extends AutoCloseable {
    void send(ClaimedMail mail) throws Exception;

    @Override
    void close();
  }

  interface Connector {
    Connection open() throws Exception;
  }

  record Failed(ClaimedMail mail, DeliveryFailure failure, String error) {}

  /**
   * Claims a batch. Concurrent claims can deadlock in InnoDB (gap locks under REPEATABLE READ); the
   * database then rolls one back, and it is tried again, up to three times.
   */
  private List<ClaimedMail> claim(String token) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.claim(token, clock.instant(), lease, batchSize);
      } catch (RuntimeException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /** How a worker's run ended. */
  enum End {
    NOTHING_DUE,
    SERVER_UNAVAILABLE,
    STOPPED
  }

  private final Store store;
  private final Connector connector;
  private final Clock clock;
  private final RetryPolicy policy;
  private final Duration lease;
  private final int batchSize;

  OutboxWorker(
      Store store,
      Connector connector,
      Clock clock,
      RetryPolicy policy,
      Duration lease,
      int batchSize) {
    this.store = store;
    this.connector = connector;
    this.clock = clock;
    this.policy = policy;
    this.lease = lease;
    this.batchSize = batchSize;
  }

  /**
   * Sends batches until nothing is due, the server is unavailable, or {@code goOn} says stop.
   *
   * @param fullBatch called after each claim that came back full: there may be more for other
   *     workers to take
   */
  End run(BooleanSupplier goOn, Runnable fullBatch) {
    return run(goOn, fullBatch, () -> {});
  }

  /**
   * As {@link #run(BooleanSupplier, Runnable)}; {@code delivered} is called after each batch that
   * sent at least one mail.
   */
  End run(BooleanSupplier goOn, Runnable fullBatch, Runnable delivered) {
    String token = UUID.randomUUID().toString();
    Connection connection = null;
    try {
      while (goOn.getAsBoolean()) {
        List<ClaimedMail> batch = claim(token);
        if (batch.isEmpty()) {
          return End.NOTHING_DUE;
        }
        if (batch.size() == batchSize) {
          fullBatch.run();
        }
        List<Long> sent = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        int next = 0;
        try {
          if (connection == null) {
            connection = connector.open();
          }
          for (; next < batch.size(); next++) {
            ClaimedMail mail = batch.get(next);
            try {
              connection.send(mail);
              sent.add(mail.id());
              if (sent.size() >= RECORD_EVERY) {
                // recorded in small steps: a crash resends at most these (same Message-ID)
                store.record(token, sent, failed, clock.instant(), policy);
                delivered.run();
                sent = new ArrayList<>();
                failed = new ArrayList<>();
              }
            } catch (Exception e) {
              DeliveryFailure failure = MailFailure.classify(e);
              if (failure == DeliveryFailure.SERVER_UNAVAILABLE) {
                throw e;
              }
              // the exception's message names recipients: only the mail's id, purpose and code
              LOG.log(
                  Level.WARNING,
                  "Mail {0} ({1}) not sent, {2}: {3}",
                  new Object[] {
                    mail.id(), mail.mail().purpose(), failure, MailFailure.describe(e)
                  });
              failed.add(new Failed(mail, failure, MailFailure.forStaff(e)));
            }
          }
        } catch (Exception e) {
          LOG.log(
              Level.WARNING,
              "SMTP server unavailable, {0} mails released for a later try: {1}",
              new Object[] {batch.size() - next, MailFailure.describe(e)});
          String error = "SMTP server unavailable: " + MailFailure.describe(e);
          for (int i = next; i < batch.size(); i++) {
            failed.add(new Failed(batch.get(i), DeliveryFailure.SERVER_UNAVAILABLE, error));
          }
          store.record(token, sent, failed, clock.instant(), policy);
          return End.SERVER_UNAVAILABLE;
        }
        store.record(token, sent, failed, clock.instant(), policy);
        if (!sent.isEmpty()) {
          delivered.run();
        }
      }
      return End.STOPPED;
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
  }
}

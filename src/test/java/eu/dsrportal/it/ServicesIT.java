package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.dsrportal.assistance.application.AssistanceDesk;
import eu.dsrportal.assistance.application.BillableWork;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.audit.application.AuditChainSealer;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.application.AuditTrail;
import eu.dsrportal.audit.application.ChainVerification;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.billing.application.Invoicing;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceLine;
import eu.dsrportal.breach.application.BreachForm;
import eu.dsrportal.breach.application.BreachNotices;
import eu.dsrportal.breach.application.BreachRegister;
import eu.dsrportal.breach.application.CustomerBreachNotices;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.customer.application.ServiceLevelAdministration;
import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.PrivacyContact;
import eu.dsrportal.customer.domain.ServiceLevels;
import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import eu.dsrportal.digest.application.DailyDigest;
import eu.dsrportal.digest.application.DigestSettings;
import eu.dsrportal.identity.application.CustomerUserAdministration;
import eu.dsrportal.identity.application.NewAccount;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.infrastructure.DormantAccounts;
import eu.dsrportal.identity.infrastructure.PortalIdentityStore;
import eu.dsrportal.inquiry.application.CustomerInquiries;
import eu.dsrportal.inquiry.application.InquiryDesk;
import eu.dsrportal.inquiry.application.InquiryFiles.UploadedFile;
import eu.dsrportal.inquiry.application.InquiryReminders;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.inquiry.domain.InquiryStatus;
import eu.dsrportal.intake.application.RequestClosing;
import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.application.StaffEntry;
import eu.dsrportal.intake.application.SubjectSubmissions;
import eu.dsrportal.intake.domain.AuthorityDemand;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.Request.Verification;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.infrastructure.UnverifiedRequestPurge;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.application.OutboxClaims;
import eu.dsrportal.mail.application.OutboxSender;
import eu.dsrportal.mail.domain.ClaimedMail;
import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.OutboxMessage;
import eu.dsrportal.mail.domain.RetryPolicy;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.routing.application.DeadlineRepair;
import eu.dsrportal.routing.application.RequestCriteria;
import eu.dsrportal.routing.application.RequestRouting;
import eu.dsrportal.routing.application.RequestSearch;
import eu.dsrportal.routing.application.ServiceClockQueries;
import eu.dsrportal.routing.application.ServiceClockReminders;
import eu.dsrportal.routing.application.SubjectStatus;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.Assignment;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.RequestDeadline;
import eu.dsrportal.routing.domain.ServiceClock;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.shared.infrastructure.Texts;
import eu.dsrportal.shared.infrastructure.TransactionConflict;
import eu.dsrportal.testing.Deployments;
import eu.dsrportal.testing.PortalIT;
import eu.dsrportal.testing.SmtpSink;
import eu.dsrportal.testing.callers.AsAdmin;
import eu.dsrportal.testing.callers.AsBilling;
import eu.dsrportal.testing.callers.AsCustomer;
import eu.dsrportal.testing.callers.AsCustomerAdmin;
import eu.dsrportal.testing.callers.AsSupport;
import eu.dsrportal.testing.callers.IntakeSaboteur;
import eu.dsrportal.testing.callers.TestCallers.ThrowingRunnable;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application services on Payara Micro and MariaDB, called as the roles that use them. */
@PortalIT
class ServicesIT extends RoleMatrix {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalForInContainerTests();
  }

  @Inject SubjectSubmissions submissions;
  @Inject StaffEntry staffEntry;
  @Inject RequestQueries queries;
  @Inject RequestClosing closing;
  @Inject RequestRouting routing;
  @Inject RequestSearch search;
  @Inject CustomerRequests customerRequests;
  @Inject AssistanceDesk desk;
  @Inject Outbox outbox;
  @Inject PortalIdentityStore identityStore;
  @Inject AuditChainSealer chainSealer;
  @Inject AuditTrail auditTrail;
  @Inject AsAdmin asAdmin;
  @Inject DormantAccounts dormantAccounts;
  @Inject AsSupport asSupport;
  @Inject AsCustomer asAcme;
  @Inject AsBilling asBilling;
  @Inject AsCustomerAdmin asKroonAdmin;
  @Inject CustomerUserAdministration customerUsers;
  @Inject UnverifiedRequestPurge purge;
  @Inject SubjectStatus subjectStatus;
  @Inject CustomerInquiries customerInquiries;
  @Inject InquiryDesk inquiryDesk;
  @Inject InquiryReminders inquiryReminders;

  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  /**
   * Each test checks its own mails while it runs; then they leave the outbox. This server has no
   * SMTP server, so it tries every pending mail, oldest first, 20 every two seconds: the hundreds
   * that the digest and reminder jobs queue (to every support user and customer in the shared
   * database) would hold up a later test's mail.
   */
  @AfterEach
  void mailsLeaveTheOutbox() throws Exception {
    // the outbox's workers claim pending mails meanwhile: a deadlock with one of them rolls the
    // delete back (seen once in CI), and InnoDB asks for it to be tried again
    for (int attempt = 1; ; attempt++) {
      try {
        update("DELETE FROM outbox_message WHERE status = 'PENDING'");
        return;
      } catch (Exception e) {
        if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
          tx.rollback();
        }
        if (attempt >= 3 || !TransactionConflict.causedBy(e)) {
          throw e;
        }
      }
    }
  }

  @Test
  void intakeStoresTheRequestAndItsConfirmationMailTogether() {
    String email = unique("subject") + "@example.org";
    RequestReference reference =
        submissions.submit(submission(email), Channel.WEB_FORM, "web:" + UUID.randomUUID());

    assertThat(reference.value()).matches("DSR-\\d{4}-\\d{6}");
    Request stored = requestBy(reference);
    assertThat(stored.getStatus()).isEqualTo(RequestStatus.UNVERIFIED);
    assertThat(stored.getSubjectEmail()).isEqualTo(email);
    assertThat(stored.getVerificationExpiresAt())
        .isEqualTo(stored.getReceivedAt().plus(Duration.ofHours(72)));
    assertThat(outboxTo(email))
        .extracting(OutboxMessage::getPurpose)
        .containsExactly("REQUEST_RECEIVED");
    // the mail holds the token; the database only its hash
    String body = outboxTo(email).get(0).toMail().body();
    Matcher token =
        Pattern.compile("verify\\.xhtml\\?ref=[\\w-]+&token=([\\w-]{43})").matcher(body);
    assertThat(token.find()).isTrue();
    String storedHash =
        (String)
            em.createNativeQuery("SELECT verification_token_hash FROM request WHERE id = ?")
                .setParameter(1, stored.getId())
                .getSingleResult();
    assertThat(storedHash)
        .isEqualTo(SecretToken.hash(token.group(1)))
        .doesNotContain(token.group(1));
  }

  @Test
  void aRequestLikeOneOfTheLast30DaysIsLinkedToItAndFlaggedNotDropped() {
    String email = unique("again") + "@example.org";
    RequestReference first =
        submissions.submit(submission(email), Channel.WEB_FORM, "web:" + UUID.randomUUID());
    RequestSubmission again = submission(email.toUpperCase());
    again.setOrganisation(" ACME ");
    RequestReference second = submissions.submit(again, Channel.API, "api:" + UUID.randomUUID());
    RequestSubmission otherRight = submission(email);
    otherRight.setRight("ERASURE");
    RequestReference third =
        submissions.submit(otherRight, Channel.WEB_FORM, "web:" + UUID.randomUUID());

    assertThat(second).isNotEqualTo(first);
    assertThat(requestBy(second).getPossibleDuplicateOf())
        .extracting(Request::getReference)
        .isEqualTo(first);
    assertThat(requestBy(first).getPossibleDuplicateOf()).isNull();
    assertThat(requestBy(third).getPossibleDuplicateOf()).isNull();
  }

  @Test
  void staffEnterALetterReceivedDaysAgoWhichStartsTheClockThenAndNeedsNoMailConfirmation()
      throws Exception {
    RequestSubmission letter = submission(null);
    letter.setName(unique("Letter Writer"));
    LocalDate receivedOn = LocalDate.now(ProviderTime.DEFAULT_ZONE).minusDays(10);
    RequestReference reference =
        asSupport.call(
            () ->
                staffEntry.enter(letter, Channel.LETTER, receivedOn, "staff:" + UUID.randomUUID()));

    Request stored = requestBy(reference);
    assertThat(stored.getStatus()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(stored.getChannel()).isEqualTo(Channel.LETTER);
    assertThat(stored.getReceivedAt())
        .isEqualTo(receivedOn.atStartOfDay(ProviderTime.DEFAULT_ZONE).toInstant());
    assertThat(stored.getEnteredBy()).isEqualTo("support");
    assertThat(stored.getSubjectEmail()).isNull();
    assertThat(
            em.createQuery(
                    "SELECT COUNT(m) FROM OutboxMessage m WHERE m.body LIKE :name", Long.class)
                .setParameter("name", "%" + letter.getName() + "%")
                .getSingleResult())
        .as("no address, no mail")
        .isZero();

    for (LocalDate wrong :
        new LocalDate[] {
          LocalDate.now(ProviderTime.DEFAULT_ZONE).plusDays(1), receivedOn.minusYears(2)
        }) {
      assertThatThrownBy(
              () ->
                  asSupport.call(
                      () ->
                          staffEntry.enter(
                              letter, Channel.PHONE, wrong, "staff:" + UUID.randomUUID())))
          .isInstanceOf(DomainRuleViolation.class);
    }
    assertThatThrownBy(
            () -> staffEntry.enter(letter, Channel.EMAIL, receivedOn, "staff:" + UUID.randomUUID()))
        .satisfies(ServicesIT::isAccessDenied);
  }

  @Test
  void anAuthorityDemandWithAGagIsKeptFromTheCustomerAndAThirdPartyRequestIsMarked()
      throws Exception {
    LocalDate today = LocalDate.now(ProviderTime.DEFAULT_ZONE);
    RequestSubmission demand = submission(null);
    demand.setRight("OTHER");
    RequestReference gagged =
        asSupport.call(
            () ->
                staffEntry.enter(
                    demand,
                    Channel.LETTER,
                    today,
                    "staff:" + UUID.randomUUID(),
                    RequestOrigin.AUTHORITY,
                    new AuthorityDemand("Federal police", "Art. 46bis Sv.", true, "Art. 46bis §2"),
                    null));
    Request stored = requestBy(gagged);
    assertThat(stored.getOrigin()).isEqualTo(RequestOrigin.AUTHORITY);
    assertThat(stored.getAuthorityDemand().getLegalBasis()).isEqualTo("Art. 46bis Sv.");
    assertThat(stored.isNotificationForbidden()).isTrue();
    long acme = customerNamed("Acme Retail NV").getId();
    assertThatThrownBy(() -> asSupport.call(() -> routing.forward(stored.getId(), acme)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("request.error.notificationForbidden");
    assertThat(requestBy(gagged).getStatus()).isEqualTo(RequestStatus.RECEIVED);

    RequestReference thirdParty =
        asSupport.call(
            () ->
                staffEntry.enter(
                    submission(unique("lawyer") + "@example.org"),
                    Channel.EMAIL,
                    today,
                    "staff:" + UUID.randomUUID(),
                    RequestOrigin.THIRD_PARTY,
                    null,
                    null));
    assertThat(requestBy(thirdParty).getOrigin()).isEqualTo(RequestOrigin.THIRD_PARTY);
  }

  @Test
  void aClosedRequestShowsItsReasonToTheSubjectAndCannotBeForwarded() throws Exception {
    String email = unique("closed") + "@example.org";
    RequestReference reference = confirmed(email);
    Request request = requestBy(reference);
    String statusToken = tokenInMail(email, "/intake/status.xhtml", reference);

    asSupport.run(() -> closing.close(request.getId(), CloseReason.NOT_OUR_CUSTOMER));
    assertThat(requestBy(reference).getStatus()).isEqualTo(RequestStatus.CLOSED);
    assertThat(subjectStatus.find(reference.value(), statusToken))
        .hasValueSatisfying(
            view -> {
              assertThat(view.status()).isEqualTo(RequestStatus.CLOSED);
              assertThat(view.closeReason()).isEqualTo(CloseReason.NOT_OUR_CUSTOMER);
              assertThat(view.forwardedTo()).isNull();
            });
    assertThat(subjectStatus.find(reference.value(), "guessed")).isEmpty();
    long acme = customerNamed("Acme Retail NV").getId();
    assertThatThrownBy(() -> asSupport.call(() -> routing.forward(request.getId(), acme)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("request.error.closed");
    assertThatThrownBy(
            () -> asSupport.run(() -> closing.close(request.getId(), CloseReason.DUPLICATE)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void unverifiedRequestsArePurgedWhenTheirLinkExpiresAndConfirmedOnesStay() {
    String unconfirmedEmail = unique("unconfirmed") + "@example.org";
    RequestReference unconfirmed =
        submissions.submit(
            submission(unconfirmedEmail), Channel.WEB_FORM, "web:" + UUID.randomUUID());
    RequestReference confirmed = confirmed(unique("confirmed") + "@example.org");
    Instant received = requestBy(unconfirmed).getReceivedAt();

    purge.purge(received.plus(Duration.ofHours(71)));
    assertThat(queries.byReference(unconfirmed.value())).isPresent();

    assertThat(purge.purge(received.plus(Duration.ofHours(72)))).isPositive();
    em.clear();
    assertThat(queries.byReference(unconfirmed.value())).isEmpty();
    assertThat(queries.byReference(confirmed.value()))
        .hasValueSatisfying(r -> assertThat(r.getStatus()).isEqualTo(RequestStatus.RECEIVED));
    // a link of a purged request opens nothing
    String body = outboxTo(unconfirmedEmail).get(0).toMail().body();
    Matcher token = Pattern.compile("token=([\\w-]+)").matcher(body);
    assertThat(token.find()).isTrue();
    assertThat(submissions.verify(unconfirmed.value(), token.group(1)))
        .isEqualTo(Verification.INVALID);
  }

  @Test
  void whenTheIntakeTransactionRollsBackNeitherRequestNorMailRemains() {
    // the request and its mail are written in one transaction of the service's own; an observer of
    // the test deployment fails it after the mail was queued
    String email = unique(IntakeSaboteur.PREFIX + "rolledback") + "@example.org";
    String key = "web:" + UUID.randomUUID();
    assertThatThrownBy(() -> submissions.submit(submission(email), Channel.WEB_FORM, key))
        .isInstanceOf(EJBException.class);

    assertThat(queries.findBySubmissionKey(key)).isEmpty();
    assertThat(outboxTo(email)).isEmpty();
  }

  @Test
  void aRepeatedSubmissionCreatesOneRequest() {
    String email = unique("twice") + "@example.org";
    String key = "web:" + UUID.randomUUID();
    RequestReference first = submissions.submit(submission(email), Channel.WEB_FORM, key);
    RequestReference second = submissions.submit(submission(email), Channel.WEB_FORM, key);

    assertThat(second).isEqualTo(first);
    assertThat(
            em.createQuery("SELECT COUNT(r) FROM Request r WHERE r.subjectEmail = :e", Long.class)
                .setParameter("e", email)
                .getSingleResult())
        .isEqualTo(1L);
  }

  @Test
  void aMailThatCannotBeSentStaysInTheOutboxWithItsErrorForStaffToSee() throws Exception {
    // no SMTP server listens for this deployment: every attempt fails
    String email = unique("undeliverable") + "@example.org";
    submissions.submit(submission(email), Channel.WEB_FORM, "web:" + UUID.randomUUID());

    OutboxMessage attempted =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> outboxTo(email).get(0), m -> m.getAttempts() > 0);
    assertThat(attempted.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(attempted.getLastError()).isNotBlank();
    assertThat(attempted.getNextAttemptAt()).isAfter(Instant.now());
    assertThat(asSupport.call(() -> outbox.undelivered()))
        .extracting(OutboxMessage::getRecipient)
        .contains(email);
  }

  @Test
  void theNightlyJobDisablesAccountsUnusedForSixMonthsAndOnlyThose() throws Exception {
    String username = unique("dormant");
    tx.begin();
    em.persist(
        UserAccount.staff(
            username,
            "Dormant",
            username + "@provider.example",
            "pbkdf2-sha512:1:AA:AA",
            EnumSet.of(Role.SUPPORT),
            Instant.now().minus(Duration.ofDays(200))));
    tx.commit();

    assertThat(dormantAccounts.disableDormant(Instant.now())).isGreaterThanOrEqualTo(1);

    em.clear();
    UserAccount dormant = accountNamed(username);
    assertThat(dormant.isEnabled()).isFalse();
    assertThat(dormant.getDisabledReason()).isEqualTo(UserAccount.DisabledReason.DORMANT);
    assertThat(accountNamed("support").isEnabled()).isTrue();
  }

  private UserAccount accountNamed(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  @Test
  void theAuditChainVerifiesAndNamesTheFirstEntryChangedOrRemovedAfterSealing() throws Exception {
    submissions.submit(
        submission(unique("audit") + "@example.org"), Channel.API, "api:" + UUID.randomUUID());
    submissions.submit(
        submission(unique("audit") + "@example.org"), Channel.API, "api:" + UUID.randomUUID());
    chainSealer.sealPending();
    ChainVerification intact = asAdmin.call(() -> auditTrail.verifyChain());
    assertThat(intact.isIntact()).isTrue();
    assertThat(intact.getChecked()).isGreaterThanOrEqualTo(2);

    Object[] victim =
        (Object[])
            em.createNativeQuery(
                    "SELECT id, actor, chain_seq FROM audit_entry WHERE chain_seq IS NOT NULL"
                        + " ORDER BY chain_seq DESC LIMIT 1 OFFSET 1")
                .getSingleResult();
    long victimId = ((Number) victim[0]).longValue();
    try {
      nativeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE id = ?", victimId);
      ChainVerification changed = asAdmin.call(() -> auditTrail.verifyChain());
      assertThat(changed.isIntact()).isFalse();
      assertThat(changed.getBrokenEntryId()).isEqualTo(victimId);
      assertThat(changed.getBrokenSeq()).isEqualTo(((Number) victim[2]).longValue());
    } finally {
      nativeUpdate("UPDATE audit_entry SET actor = '" + victim[1] + "' WHERE id = ?", victimId);
    }
    assertThat(asAdmin.call(() -> auditTrail.verifyChain()).isIntact()).isTrue();

    tx.begin();
    em.createNativeQuery(
            "CREATE TEMPORARY TABLE audit_copy AS SELECT * FROM audit_entry WHERE id = ?")
        .setParameter(1, victimId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM audit_entry WHERE id = ?")
        .setParameter(1, victimId)
        .executeUpdate();
    tx.commit();
    try {
      ChainVerification removed = asAdmin.call(() -> auditTrail.verifyChain());
      assertThat(removed.isIntact()).isFalse();
      assertThat(removed.getBrokenEntryId()).isNull();
      assertThat(removed.getBrokenSeq()).isEqualTo(((Number) victim[2]).longValue());
    } finally {
      tx.begin();
      em.createNativeQuery("INSERT INTO audit_entry SELECT * FROM audit_copy").executeUpdate();
      em.createNativeQuery("DROP TEMPORARY TABLE audit_copy").executeUpdate();
      tx.commit();
    }
    assertThat(asAdmin.call(() -> auditTrail.verifyChain()).isIntact()).isTrue();
  }

  private void nativeUpdate(String sql, Object parameter) throws Exception {
    tx.begin();
    em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    tx.commit();
    em.clear();
  }

  @Test
  void unknownUsersWrongPasswordsAndThrottledAccountsAreRefusedAlikeInTheSameTime()
      throws Exception {
    String prefix = unique("timing");
    String hash = new PasswordHasher().hash("the-right-password-1".toCharArray());
    tx.begin();
    for (int i = 0; i < 10; i++) {
      em.persist(
          UserAccount.staff(
              prefix + "-" + i,
              "T",
              prefix + i + "@provider.example",
              hash,
              EnumSet.of(Role.SUPPORT),
              Instant.now()));
    }
    tx.commit();
    String throttled = prefix + "-9";
    for (int i = 0; i < 5; i++) {
      identityStore.validate(credential(throttled, "wrong-password-" + i));
    }
    identityStore.validate(credential(unique("warm-up"), "x"));

    List<Long> unknown = new java.util.ArrayList<>();
    List<Long> wrong = new java.util.ArrayList<>();
    List<Long> throttledOut = new java.util.ArrayList<>();
    // the three kinds take turns in rotating order, so that none always runs first; every refusal
    // waits for the same floor (login.refusal-floor-ms), so a few rounds give steady medians
    for (int i = 0; i < 6; i++) {
      for (int k = 0; k < 3; k++) {
        switch ((i + k) % 3) {
          case 0 -> unknown.add(timed(unique("nobody"), "the-right-password-1"));
          case 1 -> wrong.add(timed(prefix + "-" + (i % 9), "a-wrong-password"));
          default -> throttledOut.add(timed(throttled, "the-right-password-1"));
        }
      }
    }

    List<Long> all = new java.util.ArrayList<>(unknown);
    all.addAll(wrong);
    all.addAll(throttledOut);
    long reference = median(all);
    String medians =
        "median ns of all "
            + reference
            + ", unknown "
            + median(unknown)
            + ", wrong "
            + median(wrong)
            + ", throttled "
            + median(throttledOut);
    System.out.println("Login timing: " + medians);
    for (List<Long> kind : List.of(unknown, wrong, throttledOut)) {
      assertThat(median(kind))
          .as(medians)
          .isCloseTo(reference, org.assertj.core.data.Percentage.withPercentage(10));
    }
  }

  private long timed(String username, String password) {
    long start = System.nanoTime();
    var result = identityStore.validate(credential(username, password));
    long elapsed = System.nanoTime() - start;
    assertThat(result.getStatus())
        .isEqualTo(
            jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID);
    return elapsed;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static jakarta.security.enterprise.credential.UsernamePasswordCredential credential(
      String username, String password) {
    return new jakarta.security.enterprise.credential.UsernamePasswordCredential(
        username, password);
  }

  @Test
  void invalidInputIsRefusedAndNothingStored() {
    String email = "not-an-address";
    RequestSubmission bad = submission(email);
    bad.setName(" ");
    assertThatThrownBy(() -> submissions.submit(bad, Channel.API, "api:" + UUID.randomUUID()))
        .isInstanceOf(ConstraintViolationException.class);
    assertThat(outboxTo(email)).isEmpty();
  }

  @Test
  void forwardingRecordsWhoAndWhenAndQueuesMailsToCustomerAndSubject() throws Exception {
    String email = unique("forward") + "@example.org";
    Request request = requestBy(confirmed(email));
    Customer acme = customerNamed("Acme Retail NV");
    Instant before = Instant.now().minusSeconds(1);

    Forwarding forwarding = asSupport.call(() -> routing.forward(request.getId(), acme.getId()));

    assertThat(forwarding.getForwardedBy()).isEqualTo("support");
    assertThat(forwarding.getForwardedAt()).isAfter(before);
    assertThat(requestBy(request.getReference()).getStatus()).isEqualTo(RequestStatus.FORWARDED);
    assertThat(outboxTo(email))
        .extracting(OutboxMessage::getPurpose)
        .containsExactlyInAnyOrder("REQUEST_RECEIVED", "REQUEST_FORWARDED_SUBJECT");
    assertThat(
            em.createQuery(
                    "SELECT m FROM OutboxMessage m WHERE m.recipient = :r AND m.subject LIKE :s",
                    OutboxMessage.class)
                .setParameter("r", acme.getPrivacyContactEmail())
                .setParameter("s", "%" + request.getReference().value() + "%")
                .getResultList())
        .hasSize(1);
    assertThatThrownBy(() -> asSupport.call(() -> routing.forward(request.getId(), acme.getId())))
        .hasMessageContaining("lifecycle.error.sameCustomer");
  }

  @Test
  void aCustomerUserSeesItsOwnRequestsAndGetsNotFoundForAnotherCustomers() throws Exception {
    Request ownRequest = requestBy(confirmed(unique("own") + "@example.org"));
    Request otherRequest = requestBy(confirmed(unique("other") + "@example.org"));
    asSupport.call(
        () -> routing.forward(ownRequest.getId(), customerNamed("Acme Retail NV").getId()));
    asSupport.call(
        () ->
            routing.forward(otherRequest.getId(), customerNamed("Brasserie De Kroon BV").getId()));

    // the test caller of role CUSTOMER is user "acme" of Acme Retail NV
    assertThat(asAcme.call(() -> customerRequests.find(ownRequest.getId())).getReference())
        .isEqualTo(ownRequest.getReference().value());
    assertThat(asAcme.call(() -> customerRequests.list()))
        .extracting(v -> v.getId())
        .contains(ownRequest.getId())
        .doesNotContain(otherRequest.getId());
    assertThatThrownBy(() -> asAcme.call(() -> customerRequests.find(otherRequest.getId())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asAcme.run(() -> customerRequests.acknowledge(otherRequest.getId())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asAcme.call(() -> customerRequests.find(Long.MAX_VALUE)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asAcme.call(() -> desk.ask(otherRequest.getId(), "help")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asAcme.call(() -> desk.ownTasks(otherRequest.getId())))
        .isInstanceOf(NotFoundException.class);
    assertThat(asSupport.call(() -> desk.tasksOfRequest(otherRequest.getId()))).isEmpty();
    assertThat(
            em.createQuery(
                    "SELECT a FROM AuditEntry a WHERE a.objectId = :id AND a.outcome = :o AND a.actor = 'acme'",
                    AuditEntry.class)
                .setParameter("id", String.valueOf(otherRequest.getId()))
                .setParameter("o", AuditEntry.Outcome.DENIED)
                .getResultList())
        .isNotEmpty();

    asAcme.run(() -> customerRequests.acknowledge(ownRequest.getId()));
    assertThat(requestBy(ownRequest.getReference()).getStatus())
        .isEqualTo(RequestStatus.ACKNOWLEDGED);
    assertThat(requestBy(otherRequest.getReference()).getStatus())
        .isEqualTo(RequestStatus.FORWARDED);
  }

  @Test
  void aCustomerAdministratorManagesOnlyTheirOwnCustomersUsers() throws Exception {
    // the test caller of role CUSTOMER_ADMIN is user "kroon" of Brasserie De Kroon BV
    long kroon = customerNamed("Brasserie De Kroon BV").getId();
    long acmeUser = accountId("acme");
    NewAccount colleague = new NewAccount();
    colleague.setUsername(unique("kroon-colleague").toLowerCase());
    colleague.setDisplayName("Kees Kroon");
    colleague.setEmail("kees@dekroon.example");
    // whatever the form says, the new user belongs to the caller's customer and holds customer
    // roles
    colleague.setCustomerId(customerNamed("Acme Retail NV").getId());
    colleague.setRoles(List.of("ADMIN"));
    String temporary = asKroonAdmin.call(() -> customerUsers.create(colleague, true));
    assertThat(temporary).hasSize(23);
    UserAccount created = em.find(UserAccount.class, accountId(colleague.getUsername()));
    assertThat(created.getCustomerId()).isEqualTo(kroon);
    assertThat(created.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.CUSTOMER_ADMIN);
    assertThat(created.isMustChangePassword()).isTrue();

    assertThat(asKroonAdmin.call(() -> customerUsers.all()))
        .extracting(UserAccount::getUsername)
        .contains("kroon", colleague.getUsername())
        .doesNotContain("acme", "admin");
    for (ThrowingRunnable attempt :
        List.<ThrowingRunnable>of(
            () -> customerUsers.disable(acmeUser),
            () -> customerUsers.enable(acmeUser),
            () -> customerUsers.resetPassword(acmeUser),
            () -> customerUsers.setCustomerAdmin(acmeUser, false),
            () -> customerUsers.disable(Long.MAX_VALUE))) {
      assertThatThrownBy(() -> asKroonAdmin.run(attempt)).isInstanceOf(NotFoundException.class);
    }
    em.clear();
    UserAccount acme = em.find(UserAccount.class, acmeUser);
    assertThat(acme.isEnabled()).isTrue();
    assertThat(acme.isMustChangePassword()).isFalse();
    assertThat(
            em.createQuery(
                    "SELECT COUNT(a) FROM AuditEntry a WHERE a.objectId = :id AND a.outcome = :o"
                        + " AND a.actor = 'kroon' AND a.objectType = 'UserAccount'",
                    Long.class)
                .setParameter("id", String.valueOf(acmeUser))
                .setParameter("o", AuditEntry.Outcome.DENIED)
                .getSingleResult())
        .isEqualTo(4);
  }

  private long accountId(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getSingleResult()
        .getId();
  }

  @Test
  void servicesRefuseCallersWithoutTheRole() {
    assertThatThrownBy(() -> search.search(RequestCriteria.all(), null, 10))
        .satisfies(ServicesIT::isAccessDenied);
    assertThatThrownBy(() -> asAcme.call(() -> routing.request(1L)))
        .satisfies(ServicesIT::isAccessDenied);
    assertThatThrownBy(() -> asSupport.call(() -> invoicing.runs()))
        .satisfies(ServicesIT::isAccessDenied);
  }

  // issue 12: billing — runs, finalisation locking the work, gap-free numbering (also under two
  // concurrent finalisations and after a rollback), credit notes

  @Inject Invoicing invoicing;
  @Inject BillableWork billableWork;

  @Test
  void aFinalisedInvoiceLocksItsWorkAndTakesTheNextNumberOfTheYear() throws Exception {
    Customer customer = newCustomerWithRate("95.00");
    Request request = requestBy(confirmed(unique("billing") + "@example.org"));
    asSupport.call(() -> routing.forward(request.getId(), customer.getId()));
    long exportTask = newTask(request, customer);
    long eraseTask = newTask(request, customer);
    asSupport.run(
        () -> {
          desk.accept(exportTask, "Export web shop data");
          desk.accept(eraseTask, "Erase newsletter data");
          desk.logTime(exportTask, LocalDate.of(2025, 3, 3), 20, "query");
          desk.logTime(exportTask, LocalDate.of(2025, 3, 31), 5, "check");
          desk.logTime(eraseTask, LocalDate.of(2025, 3, 15), 50, "erase");
          desk.logTime(eraseTask, LocalDate.of(2025, 4, 1), 600, "next month, not in this run");
        });

    Invoice draft = draftOf(customer, LocalDate.of(2025, 3, 1));

    // 25 min x 95.00/h = 39.583.. -> 39.58 ; 50 min -> 79.1666.. -> 79.17; VAT 24.9375 -> 24.94
    assertThat(draft.getLines())
        .extracting(InvoiceLine::getNetAmount)
        .containsExactly(new BigDecimal("39.58"), new BigDecimal("79.17"));
    assertThat(draft.getLines().get(0).getTaskReference()).isEqualTo("T-" + exportTask);
    assertThat(draft.getLineTotal()).isEqualByComparingTo("118.75");
    assertThat(draft.getTaxTotal()).isEqualByComparingTo("24.94");
    assertThat(draft.getPayable()).isEqualByComparingTo("143.69");

    Invoice done = asBilling.call(() -> invoicing.finalise(draft.getId(), draft.getVersion()));

    int year = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).getYear();
    assertThat(done.getNumber()).matches(year + "-\\d{5}");
    assertThat(done.getStatus()).isEqualTo(Invoice.Status.FINAL);
    assertThat(done.getDueDate()).isEqualTo(done.getIssueDate().plusDays(30));
    assertThat(lastNumber(year)).isEqualTo(sequenceOf(done.getNumber()));
    List<Long> billed =
        em.createQuery(
                "SELECT e.invoiceId FROM TimeEntry e WHERE e.task.id IN :tasks ORDER BY e.workDate",
                Long.class)
            .setParameter("tasks", List.of(exportTask, eraseTask))
            .getResultList();
    assertThat(billed).containsExactly(done.getId(), done.getId(), done.getId(), null);
    // the locked work cannot be billed again, nor the draft finalised twice
    BillableWork.Work trail = asBilling.call(() -> billableWork.billedOn(done.getId()));
    assertThat(trail.times()).hasSize(3);
    assertThatThrownBy(
            () ->
                asBilling.run(
                    () ->
                        billableWork.lock(
                            done.getId() + 1000, trail.times(), List.of(), List.of())))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("billing.error.workChanged");
    assertThatThrownBy(
            () -> asBilling.call(() -> invoicing.finalise(done.getId(), done.getVersion())))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aDraftWhoseWorkChangedIsRefusedAndTakesNoNumber() throws Exception {
    Customer customer = newCustomerWithRate("90.00");
    long task = taskWithTime(customer, LocalDate.of(2025, 5, 6), 60);
    Invoice draft = draftOf(customer, LocalDate.of(2025, 5, 1));
    int year = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).getYear();
    int before = lastNumber(year);
    update("UPDATE time_entry SET version = version + 1 WHERE task_id = ?", task);

    assertThatThrownBy(
            () -> asBilling.call(() -> invoicing.finalise(draft.getId(), draft.getVersion())))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("billing.error.workChanged");

    assertThat(lastNumber(year)).isEqualTo(before);
    assertThat(em.find(Invoice.class, draft.getId()).getStatus()).isEqualTo(Invoice.Status.DRAFT);
  }

  @Test
  void aRolledBackFinalisationLeavesNoGapInTheNumbers() throws Exception {
    Customer customer = newCustomerWithRate("90.00");
    taskWithTime(customer, LocalDate.of(2025, 6, 2), 30);
    Invoice draft = draftOf(customer, LocalDate.of(2025, 6, 1));
    int year = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).getYear();
    int before = lastNumber(year);

    tx.begin();
    String rolledBack =
        asBilling.call(() -> invoicing.finalise(draft.getId(), draft.getVersion())).getNumber();
    tx.rollback();
    assertThat(sequenceOf(rolledBack)).isEqualTo(before + 1);
    assertThat(lastNumber(year)).isEqualTo(before);

    Invoice done = asBilling.call(() -> invoicing.finalise(draft.getId(), draft.getVersion()));
    assertThat(done.getNumber()).isEqualTo(rolledBack);
  }

  @Test
  void twoConcurrentFinalisationsTakeConsecutiveNumbersWithoutDuplicateOrGap() throws Exception {
    Customer first = newCustomerWithRate("90.00");
    Customer second = newCustomerWithRate("90.00");
    taskWithTime(first, LocalDate.of(2025, 7, 1), 30);
    taskWithTime(second, LocalDate.of(2025, 7, 2), 45);
    asBilling.call(() -> invoicing.start(BillingPeriod.MONTH, LocalDate.of(2025, 7, 1)));
    Invoice a = draftIn(first);
    Invoice b = draftIn(second);
    int year = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).getYear();
    int before = lastNumber(year);

    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.Future<String> one =
        executor.submit(
            () -> {
              go.await();
              return asBilling
                  .call(() -> invoicing.finalise(a.getId(), a.getVersion()))
                  .getNumber();
            });
    java.util.concurrent.Future<String> two =
        executor.submit(
            () -> {
              go.await();
              return asBilling
                  .call(() -> invoicing.finalise(b.getId(), b.getVersion()))
                  .getNumber();
            });
    go.countDown();
    List<Integer> numbers =
        java.util.stream.Stream.of(
                one.get(60, java.util.concurrent.TimeUnit.SECONDS),
                two.get(60, java.util.concurrent.TimeUnit.SECONDS))
            .map(ServicesIT::sequenceOf)
            .sorted()
            .toList();

    assertThat(numbers).containsExactly(before + 1, before + 2);
    assertThat(lastNumber(year)).isEqualTo(before + 2);
  }

  @Inject eu.dsrportal.billing.application.InvoiceNumbers invoiceNumbers;

  @Test
  void invoiceNumbersTakenAtTheSameMomentAreConsecutiveAndNeverDeadlock() throws Exception {
    // a year of its own, new: the first round also races to create the year's row
    int year = 3000 + new java.util.Random().nextInt(6000);
    List<String> taken = new ArrayList<>();
    for (int round = 0; round < 8; round++) {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<String>> takers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        takers.add(
            executor.submit(
                () -> {
                  go.await();
                  tx.begin(); // as a finalisation's transaction
                  try {
                    String number = asBilling.call(() -> invoiceNumbers.next(year));
                    tx.commit();
                    return number;
                  } catch (Exception e) {
                    tx.rollback();
                    throw e;
                  }
                }));
      }
      go.countDown();
      for (java.util.concurrent.Future<String> taker : takers) {
        taken.add(taker.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
    }
    assertThat(taken)
        .as("48 numbers, each once, none skipped")
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 48)
                .mapToObj(n -> eu.dsrportal.billing.application.InvoiceNumbers.format(year, n))
                .toList());
  }

  @Test
  void aCreditNoteTakesTheNextNumberAndRefersToTheInvoice() throws Exception {
    Customer customer = newCustomerWithRate("100.00");
    taskWithTime(customer, LocalDate.of(2025, 8, 4), 90);
    Invoice draft = draftOf(customer, LocalDate.of(2025, 8, 1));
    Invoice invoice = asBilling.call(() -> invoicing.finalise(draft.getId(), draft.getVersion()));

    Invoice note =
        asBilling.call(() -> invoicing.credit(invoice.getId(), List.of(), "Billed twice"));

    assertThat(note.getType()).isEqualTo(InvoiceDocument.Type.CREDIT_NOTE);
    assertThat(note.getCreditedInvoiceId()).isEqualTo(invoice.getId());
    assertThat(sequenceOf(note.getNumber())).isEqualTo(sequenceOf(invoice.getNumber()) + 1);
    assertThat(note.getPayable())
        .isEqualByComparingTo(invoice.getPayable())
        .isEqualByComparingTo("181.50");
    InvoiceDocument doc = asBilling.call(() -> invoicing.document(note.getId()));
    assertThat(doc.precedingNumber()).isEqualTo(invoice.getNumber());
    assertThatThrownBy(
            () -> asBilling.call(() -> invoicing.credit(note.getId(), List.of(), "again")))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("billing.error.notCreditable");
  }

  @Test
  void workOnADayWithoutAContractMakesADraftWithThatProblemNotAFailedRun() throws Exception {
    Customer customer = newCustomerWithRate("90.00");
    taskWithTime(customer, LocalDate.of(2019, 12, 30), 30); // the contract starts 1 Jan 2020

    Invoice draft = draftOf(customer, LocalDate.of(2019, 12, 1));

    assertThat(draft.getProblemDays()).containsExactly(LocalDate.of(2019, 12, 30));
    assertThatThrownBy(
            () -> asBilling.call(() -> invoicing.finalise(draft.getId(), draft.getVersion())))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("billing.error.draftProblem");
  }

  private Invoice draftOf(Customer customer, LocalDate month) throws Exception {
    asBilling.call(() -> invoicing.start(BillingPeriod.MONTH, month));
    return draftIn(customer);
  }

  private Invoice draftIn(Customer customer) throws Exception {
    tx.begin();
    try {
      Invoice draft =
          em.createQuery(
                  "SELECT i FROM Invoice i WHERE i.customerId = :c AND i.status = :draft",
                  Invoice.class)
              .setParameter("c", customer.getId())
              .setParameter("draft", Invoice.Status.DRAFT)
              .getSingleResult();
      draft.getLines().forEach(l -> l.getWork().size());
      return draft;
    } finally {
      tx.commit();
    }
  }

  private long taskWithTime(Customer customer, LocalDate day, int minutes) throws Exception {
    Request request = requestBy(confirmed(unique("billing") + "@example.org"));
    asSupport.call(() -> routing.forward(request.getId(), customer.getId()));
    long task = newTask(request, customer);
    asSupport.run(
        () -> {
          desk.accept(task, "Some help");
          desk.logTime(task, day, minutes, "work");
        });
    return task;
  }

  private int lastNumber(int year) throws Exception {
    tx.begin();
    try {
      List<?> rows =
          em.createNativeQuery("SELECT last_number FROM invoice_number WHERE year = ?")
              .setParameter(1, year)
              .getResultList();
      return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    } finally {
      tx.commit();
    }
  }

  private static int sequenceOf(String number) {
    return Integer.parseInt(number.substring(number.indexOf('-') + 1));
  }

  // inquiries (issue 11): the customer's art. 8.5 and 11.3 inquiries, their clock and reminders

  @Test
  void inquiryRemindersComeBeforeTheDueDateAndWhenOverdueEachOnceHoweverOftenTheJobRuns()
      throws Exception {
    // received Tuesday 10 March 2026: due Friday 10 April; five working days before, Easter
    // Monday skipped, is Thursday 2 April
    Inquiry inquiry = inquiryReceivedOn(newCustomerWithRate("90.00"), LocalDate.of(2026, 3, 10));
    long id = inquiry.getId();

    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 1)));
    assertThat(reminders(id)).isEmpty();

    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 2)));
    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 2)));
    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 10)));
    assertThat(reminders(id)).containsExactly("DUE_SOON");
    List<String> supportTeam = reminderMails(id, "INQUIRY_REMINDER_DUE_SOON");
    assertThat(supportTeam)
        .as("one to each SUPPORT user: support and the administrator among them")
        .contains("support@provider.example", "admin@provider.example")
        .doesNotHaveDuplicates();

    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 11)));
    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 17)));
    assertThat(reminders(id)).containsExactly("DUE_SOON", "OVERDUE");
    // a week after the first overdue day, again
    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 18)));
    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 18)));
    assertThat(reminders(id)).containsExactly("DUE_SOON", "OVERDUE", "OVERDUE");
    assertThat(reminderMails(id, "INQUIRY_REMINDER_OVERDUE")).hasSize(2 * supportTeam.size());
    assertThat(
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'INQUIRY_REMINDED'"
                        + " AND object_id = ? AND actor = 'system'")
                .setParameter(1, String.valueOf(id))
                .getSingleResult())
        .hasToString("3");

    // answered: no more reminders
    asSupport.run(() -> inquiryDesk.answer(id, "Here it is.", List.of()));
    inquiryReminders.remind(noonOn(LocalDate.of(2026, 4, 25)));
    assertThat(reminders(id)).containsExactly("DUE_SOON", "OVERDUE", "OVERDUE");
  }

  @Test
  void twoReminderRunsAtOnceAsOnTwoInstancesSendOneReminder() throws Exception {
    Inquiry inquiry = inquiryReceivedOn(newCustomerWithRate("90.00"), LocalDate.of(2026, 3, 10));
    Instant now = noonOn(LocalDate.of(2026, 4, 11));
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.Callable<Integer> run =
        () -> {
          start.await();
          return inquiryReminders.remind(now);
        };

    var first = executor.submit(run);
    var second = executor.submit(run);
    start.countDown();
    first.get(2, java.util.concurrent.TimeUnit.MINUTES);
    second.get(2, java.util.concurrent.TimeUnit.MINUTES);

    assertThat(reminders(inquiry.getId())).containsExactly("OVERDUE");
    assertThat(reminderMails(inquiry.getId(), "INQUIRY_REMINDER_OVERDUE"))
        .contains("support@provider.example")
        .doesNotHaveDuplicates();
  }

  @Test
  void aCustomerRegistersInquiriesAndSeesOnlyItsOwn() throws Exception {
    Inquiry others =
        inquiryReceivedOn(customerNamed("Brasserie De Kroon BV"), LocalDate.of(2026, 3, 10));
    String question = "Which sub-processors host our shop? " + UUID.randomUUID();
    String germanSpeaking = newSupportUser();
    update("UPDATE user_account SET mail_language = 'DE' WHERE username = ?1", germanSpeaking);

    long id =
        asAcme.call(() -> customerInquiries.register(InquiryKind.SUBPROCESSOR_LIST, question));

    var own = asAcme.call(() -> customerInquiries.find(id));
    assertThat(own.question()).isEqualTo(question);
    assertThat(own.customerName()).isEqualTo("Acme Retail NV");
    assertThat(own.dueOn()).isAfterOrEqualTo(own.receivedOn().plusDays(30));
    assertThat(asAcme.call(() -> customerInquiries.list()))
        .extracting(v -> v.id())
        .contains(id)
        .doesNotContain(others.getId());
    assertThatThrownBy(() -> asAcme.call(() -> customerInquiries.find(others.getId())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> asAcme.call(() -> customerInquiries.register(InquiryKind.AUDIT_INFORMATION, " ")))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(
            outbox("INQUIRY_REGISTERED_SUPPORT").stream()
                .filter(m -> m.toMail().subject().contains(Inquiry.number(id) + " "))
                .map(m -> m.toMail().recipient()))
        .contains("support@provider.example", "admin@provider.example")
        .doesNotHaveDuplicates();
    // each in their own mail language: the team's (Dutch), and German for the one who chose it
    assertThat(registeredMailTo("support@provider.example", id).subject())
        .isEqualTo(
            Texts.get(
                Language.NL,
                "inquiry.mail.registered.subject",
                Inquiry.number(id),
                "Acme Retail NV"));
    assertThat(registeredMailTo(germanSpeaking + "@example.org", id).subject())
        .isEqualTo(
            Texts.get(
                Language.DE,
                "inquiry.mail.registered.subject",
                Inquiry.number(id),
                "Acme Retail NV"));
    assertThatThrownBy(() -> asAcme.run(() -> inquiryDesk.open()))
        .satisfies(ServicesIT::isAccessDenied);
  }

  private MailMessage registeredMailTo(String recipient, long inquiryId) throws Exception {
    return outbox("INQUIRY_REGISTERED_SUPPORT").stream()
        .map(OutboxMessage::toMail)
        .filter(m -> m.recipient().equals(recipient))
        .filter(m -> m.subject().contains(Inquiry.number(inquiryId) + " "))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void staffExtendAnAuditInquiryOnceAndAnswerItWithPdfPngOrJpegOnly() throws Exception {
    Customer customer = newCustomerWithRate("90.00");
    Inquiry inquiry = inquiryReceivedOn(customer, LocalDate.now(ProviderTime.DEFAULT_ZONE));
    long id = inquiry.getId();

    asSupport.run(() -> inquiryDesk.extend(id, "The auditor reports next month."));
    assertThatThrownBy(() -> asSupport.run(() -> inquiryDesk.extend(id, "Again")))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.alreadyExtended");
    byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                asSupport.run(
                    () ->
                        inquiryDesk.answer(
                            id, "Here", List.of(new UploadedFile("report.pdf", script)))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("inquiry.error.fileType");
    assertThat(asSupport.call(() -> inquiryDesk.find(id)).status()).isEqualTo(InquiryStatus.OPEN);

    byte[] pdf = "%PDF-1.4 report".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    asSupport.run(
        () ->
            inquiryDesk.answer(
                id, "Our report is attached.", List.of(new UploadedFile("report.pdf", pdf))));

    var answered = asSupport.call(() -> inquiryDesk.find(id));
    assertThat(answered.status()).isEqualTo(InquiryStatus.ANSWERED);
    assertThat(answered.files()).extracting(f -> f.fileName()).containsExactly("report.pdf");
    assertThat(answered.history())
        .extracting(h -> h.type().name())
        .containsExactly("REGISTERED", "EXTENDED", "ANSWERED");
    assertThat(outboxTo(customer.getPrivacyContactEmail()))
        .extracting(OutboxMessage::getPurpose)
        .containsExactly("INQUIRY_EXTENDED_CUSTOMER", "INQUIRY_ANSWERED_CUSTOMER");
    try (var content =
        asSupport.call(() -> inquiryDesk.openFile(answered.files().get(0).id())).content()) {
      assertThat(content.readAllBytes()).isEqualTo(pdf);
    }
  }

  @Test
  void staffRegisterAnInquiryReceivedByLetterFromItsDayOfReceiptAndNotFromTheFuture()
      throws Exception {
    Customer customer = newCustomerWithRate("90.00");
    LocalDate today = LocalDate.now(ProviderTime.DEFAULT_ZONE);

    long id =
        asSupport.call(
            () ->
                inquiryDesk.register(
                    customer.getId(),
                    InquiryKind.AUDIT_INFORMATION,
                    "Registered letter: the art. 28 documentation.",
                    today.minusDays(20)));

    var registered = asSupport.call(() -> inquiryDesk.find(id));
    assertThat(registered.receivedOn()).isEqualTo(today.minusDays(20));
    assertThat(registered.dueOn())
        .isEqualTo(
            eu.dsrportal.customer.domain.LegalPeriod.ofMonths(
                today.minusDays(20), 1, Inquiry.CALENDAR));
    assertThat(registered.registeredBy()).isEqualTo("support");
    for (LocalDate wrong : new LocalDate[] {today.plusDays(1), today.minusYears(2), null}) {
      assertThatThrownBy(
              () ->
                  asSupport.call(
                      () ->
                          inquiryDesk.register(
                              customer.getId(), InquiryKind.SUBPROCESSOR_LIST, "List?", wrong)))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessageContaining("inquiry.error.receivedOn");
    }
  }

  private Inquiry inquiryReceivedOn(Customer customer, LocalDate receivedOn) throws Exception {
    tx.begin();
    Inquiry inquiry =
        Inquiry.register(
            customer.getId(),
            InquiryKind.AUDIT_INFORMATION,
            "Please send your latest audit report.",
            "acme-test",
            Instant.now(),
            receivedOn);
    em.persist(inquiry);
    tx.commit();
    return inquiry;
  }

  private static Instant noonOn(LocalDate day) {
    return day.atTime(12, 0).atZone(ProviderTime.DEFAULT_ZONE).toInstant();
  }

  @SuppressWarnings("unchecked")
  private List<String> reminders(long inquiryId) {
    return em.createNativeQuery(
            "SELECT type FROM inquiry_event WHERE inquiry_id = ? AND once_key IS NOT NULL"
                + " ORDER BY id")
        .setParameter(1, inquiryId)
        .getResultList();
  }

  private List<String> reminderMails(long inquiryId, String purpose) {
    return outbox(purpose).stream()
        .filter(m -> m.toMail().subject().contains(Inquiry.number(inquiryId) + " "))
        .map(m -> m.toMail().recipient())
        .toList();
  }

  private List<OutboxMessage> outbox(String purpose) {
    em.clear();
    return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.purpose = :p", OutboxMessage.class)
        .setParameter("p", purpose)
        .getResultList();
  }

  // end of inquiries (issue 11)
  // ---- issue 13: retention (docs/retention.md) ----
  // The job runs at a chosen instant a day ahead of the wall clock: the rows this block back-dates
  // are
  // due then, and nothing the other tests made today is (their requests closed today, their mails
  // sent
  // today); the day's retention_run row is removed first so that a re-run of the suite may run it
  // again.

  @Inject eu.dsrportal.retention.application.RetentionJob retentionJob;
  @Inject eu.dsrportal.retention.application.RetentionAdministration retentionAdmin;
  @Inject eu.dsrportal.retention.application.EndOfService endOfService;
  @Inject eu.dsrportal.shared.infrastructure.FileStore fileStore;

  @Test
  void theRetentionRunAnonymisesHandledRequestsWhenTheirPeriodIsUpClearsOldMailsAndOrphansOnce()
      throws Exception {
    Instant now = Instant.now().plus(Duration.ofDays(1));
    LocalDate day = now.atZone(ProviderTime.DEFAULT_ZONE).toLocalDate();
    update("DELETE FROM retention_run WHERE run_day = ?", day);
    Customer shortPeriod = newCustomerWithRate("80");
    asAdmin.call(
        () -> {
          retentionAdmin.setPeriod(shortPeriod.getId(), 12);
          return null;
        });
    String oldEmail = unique("old") + "@example.org";
    String shortEmail = unique("short") + "@example.org";
    String recentEmail = unique("recent") + "@example.org";
    String openEmail = unique("open") + "@example.org";
    Request old = requestBy(confirmed(oldEmail));
    Request ofShortPeriod = requestBy(confirmed(shortEmail));
    Request recent = requestBy(confirmed(recentEmail));
    Request open = requestBy(confirmed(openEmail));
    closedAt(old, now.atZone(ProviderTime.DEFAULT_ZONE).minusMonths(24).minusDays(1).toInstant());
    closedAt(ofShortPeriod, now.atZone(ProviderTime.DEFAULT_ZONE).minusMonths(13).toInstant());
    closedAt(recent, now.atZone(ProviderTime.DEFAULT_ZONE).minusMonths(23).toInstant());
    update(
        "INSERT INTO forwarding (request_id, customer_id, forwarded_at, forwarded_by, version)"
            + " VALUES (?, ?, ?, 'support', 0)",
        ofShortPeriod.getId(),
        shortPeriod.getId(),
        utc(now.minus(Duration.ofDays(500))));
    String oldFile = attachTo(old);
    String recentFile = attachTo(recent);
    update(
        "INSERT INTO request_note (request_id, author, written_at, text) VALUES (?, 'support', ?,"
            + " 'Called Jan at home')",
        old.getId(),
        utc(now.minus(Duration.ofDays(800))));
    // mails: one sent 31 days before "now", one 29 days
    String oldMail = unique("mailold") + "@example.org";
    String newMail = unique("mailnew") + "@example.org";
    tx.begin();
    outbox.enqueue(
        new MailMessage(oldMail, "Your request", "Dear Jan, link /x?token=abc", "FORWARDED"));
    outbox.enqueue(
        new MailMessage(newMail, "Your request", "Dear Piet, link /y?token=def", "FORWARDED"));
    tx.commit();
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE recipient = ?",
        utc(now.minus(Duration.ofDays(31))),
        oldMail);
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE recipient = ?",
        utc(now.minus(Duration.ofDays(29))),
        newMail);
    // and two that failed for good, written 31 and 29 days before "now": staff may still retry
    // the younger one; the older one's links have expired
    String oldFailed = unique("failedold") + "@example.org";
    String newFailed = unique("failednew") + "@example.org";
    tx.begin(); // failed before the sender could see them
    outbox.enqueue(new MailMessage(oldFailed, "Your case", "Dear Els, link /z?token=ghi", "TEST"));
    outbox.enqueue(new MailMessage(newFailed, "Your case", "Dear Wim, link /w?token=jkl", "TEST"));
    em.flush();
    for (Object[] failed : List.of(new Object[] {oldFailed, 31}, new Object[] {newFailed, 29})) {
      em.createNativeQuery(
              "UPDATE outbox_message SET status = 'FAILED', created_at = ? WHERE recipient = ?")
          .setParameter(1, utc(now.minus(Duration.ofDays((int) failed[1]))))
          .setParameter(2, failed[0])
          .executeUpdate();
    }
    tx.commit();
    // a file no row points to (an upload whose transaction rolled back), two days old by then
    java.nio.file.Path dir =
        java.nio.file.Path.of(ConfigProvider.getConfig().getValue("attachments.dir", String.class));
    String orphan = UUID.randomUUID().toString().replace("-", "");
    java.nio.file.Files.write(dir.resolve(orphan), new byte[] {1, 2, 3});
    java.nio.file.Files.setLastModifiedTime(
        dir.resolve(orphan), java.nio.file.attribute.FileTime.from(now.minus(Duration.ofDays(2))));
    String youngOrphan = UUID.randomUUID().toString().replace("-", "");
    java.nio.file.Files.write(dir.resolve(youngOrphan), new byte[] {4});
    java.nio.file.Files.setLastModifiedTime(
        dir.resolve(youngOrphan),
        java.nio.file.attribute.FileTime.from(now.minus(Duration.ofHours(2))));

    eu.dsrportal.retention.domain.RetentionRun run = retentionJob.run(now).orElseThrow();

    assertThat(run.day()).isEqualTo(day);
    assertThat(run.requestsAnonymised()).isGreaterThanOrEqualTo(2);
    assertThat(run.filesDeleted()).isGreaterThanOrEqualTo(1);
    assertThat(run.mailBodiesCleared()).isGreaterThanOrEqualTo(1);
    assertThat(run.orphanFilesRemoved()).isGreaterThanOrEqualTo(1);
    for (Request gone : List.of(old, ofShortPeriod)) {
      Request stored = requestBy(gone.getReference());
      assertThat(stored.getSubjectName()).isEqualTo("—");
      assertThat(stored.getSubjectEmail()).isNull();
      assertThat(stored.getDescription()).isEmpty();
      assertThat(stored.getStatus()).isEqualTo(RequestStatus.CLOSED);
      assertThat(stored.getReceivedAt()).isEqualTo(gone.getReceivedAt());
    }
    assertThat(requestBy(recent.getReference()).getSubjectEmail()).isEqualTo(recentEmail);
    assertThat(requestBy(open.getReference()).getSubjectEmail()).isEqualTo(openEmail);
    assertThat(count("SELECT COUNT(*) FROM request_attachment WHERE request_id = ?", old.getId()))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM request_note WHERE request_id = ?", old.getId()))
        .isZero();
    assertThat(java.nio.file.Files.exists(dir.resolve(oldFile))).isFalse();
    assertThat(java.nio.file.Files.exists(dir.resolve(recentFile))).isTrue();
    assertThat(java.nio.file.Files.exists(dir.resolve(orphan))).isFalse();
    assertThat(java.nio.file.Files.exists(dir.resolve(youngOrphan))).isTrue();
    OutboxMessage cleared = outboxTo(oldMail).get(0);
    assertThat(cleared.toMail().body()).isEmpty();
    assertThat(cleared.getSubject()).isEqualTo("Your request");
    assertThat(cleared.getPurpose()).isEqualTo("FORWARDED");
    assertThat(cleared.getSentAt()).isNotNull();
    assertThat(outboxTo(newMail).get(0).toMail().body()).contains("Dear Piet");
    OutboxMessage clearedFailed = outboxTo(oldFailed).get(0);
    assertThat(clearedFailed.toMail().body()).isEmpty();
    assertThat(clearedFailed.isBodyCleared()).isTrue();
    assertThat(clearedFailed.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
    assertThatThrownBy(
            () ->
                asSupport.call(
                    () -> {
                      outbox.retry(clearedFailed.getId());
                      return null;
                    }))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("outbox.error.bodyCleared");
    assertThat(outboxTo(oldFailed).get(0).getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
    OutboxMessage keptFailed = outboxTo(newFailed).get(0);
    assertThat(keptFailed.toMail().body()).contains("Dear Wim");
    assertThat(keptFailed.isBodyCleared()).isFalse();
    // the trail names requests by id; no entry carries the subject's address
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_entry WHERE actor IN (?, ?) OR object_id IN (?, ?)",
                oldEmail,
                shortEmail,
                oldEmail,
                shortEmail))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_RUN'"
                    + " AND object_type = 'RetentionRun'"))
        .isPositive();

    // once a day: again (or on another instance) it finds the day's row and does nothing
    assertThat(retentionJob.run(now.plus(Duration.ofMinutes(5)))).isEmpty();
    assertThat(
            asAdmin.call(() -> retentionAdmin.runs()).stream()
                .filter(r -> r.day().equals(day))
                .toList())
        .singleElement()
        .satisfies(r -> assertThat(r.finishedAt()).isNotNull());
    java.nio.file.Files.deleteIfExists(dir.resolve(youngOrphan));
  }

  @Test
  void aRetentionRunWaitsForNoRequestOrMailThatIntakeIsStillInserting() throws Exception {
    Instant now = Instant.now().plus(Duration.ofDays(5));
    LocalDate day = now.atZone(ProviderTime.DEFAULT_ZONE).toLocalDate();
    update("DELETE FROM retention_run WHERE run_day = ?", day);
    String prefix = unique("retainbeside");
    Request due = requestBy(confirmed(prefix + "-due@example.org"));
    closedAt(due, now.atZone(ProviderTime.DEFAULT_ZONE).minusMonths(25).toInstant());
    String sent = prefix + "-sent@example.org";
    tx.begin();
    outbox.enqueue(new MailMessage(sent, "Your request", "Dear Jan, link /x?token=abc", "TEST"));
    tx.commit();
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE recipient = ?",
        utc(now.minus(Duration.ofDays(40))),
        sent);
    try (java.sql.Connection intake = insertingAMail(prefix + "-inflight@example.org", MAIL_FAR)) {
      // and a request: a copy of the due one under a new reference, as intake would store it
      try (java.sql.Statement copy = intake.createStatement()) {
        copy.execute(
            "CREATE TEMPORARY TABLE inflight_request SELECT * FROM request WHERE id = "
                + due.getId());
        copy.execute("ALTER TABLE inflight_request MODIFY id BIGINT NULL");
        copy.execute(
            "UPDATE inflight_request SET id = NULL, reference = LEFT(MD5(RAND()), 20),"
                + " submission_key = MD5(RAND()), status = 'NEW', closed_at = NULL");
        copy.execute("INSERT INTO request SELECT * FROM inflight_request");
      }
      java.util.concurrent.Future<java.util.Optional<eu.dsrportal.retention.domain.RetentionRun>>
          run = executor.submit(() -> retentionJob.run(now));
      assertThat(run.get(20, java.util.concurrent.TimeUnit.SECONDS))
          .as("the run ends while intake's mail is uncommitted (a lock wait lasts 50 s)")
          .hasValueSatisfying(
              r -> {
                assertThat(r.mailBodiesCleared()).isPositive();
                assertThat(r.requestsAnonymised()).isPositive();
              });
      intake.rollback();
    } finally {
      update("DELETE FROM retention_run WHERE run_day = ?", day);
    }
    assertThat(outboxTo(sent).get(0).isBodyCleared()).isTrue();
    assertThat(requestBy(due.getReference()).getSubjectEmail()).isNull();
    update("DELETE FROM outbox_message WHERE recipient LIKE ?", prefix + "-%");
  }

  // part 2: what the subject left outside the request (its tasks' texts, the mails to them)
  @Test
  void anonymisingARequestEmptiesItsTasksTextsAndItsSubjectsAddressesButNotAnIssuedInvoice()
      throws Exception {
    Instant now = Instant.now().plus(Duration.ofDays(3));
    LocalDate day = now.atZone(ProviderTime.DEFAULT_ZONE).toLocalDate();
    update("DELETE FROM retention_run WHERE run_day = ?", day);
    Customer customer = newCustomerWithRate("80");
    String email = unique("tasks") + "@example.org";
    String keptEmail = unique("kept") + "@example.org";
    Request old = requestBy(confirmed(email));
    Request kept = requestBy(confirmed(keptEmail));
    closedAt(old, now.atZone(ProviderTime.DEFAULT_ZONE).minusMonths(25).toInstant());
    // the mail the subject got names its request
    OutboxMessage received = outboxTo(email).get(0);
    assertThat(received.isToSubject()).isTrue();
    assertThat(received.getSubjectRequestId()).isEqualTo(old.getId());
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ?,"
            + " last_error = CONCAT('earlier: 550 <', recipient, '> busy') WHERE recipient = ?",
        utc(now.minus(Duration.ofDays(2))),
        email);
    // the other subject's mail is old enough to lose its body, though its request stays
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE recipient = ?",
        utc(now.minus(Duration.ofDays(40))),
        keptEmail);
    String contact = unique("contact") + "@example.org";
    tx.begin();
    outbox.enqueue(
        new MailMessage(
            contact, "Request closed", "Jan Jansen's request", "REQUEST_CLOSED_CUSTOMER"));
    tx.commit();
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE recipient = ?",
        utc(now.minus(Duration.ofDays(2))),
        contact);

    long task = newTask(old, customer);
    update(
        "UPDATE assistance_task SET title = 'Access for Jan Jansen', closing_reason = 'Jan is"
            + " happy', estimate_note = 'Jan has 3 accounts' WHERE id = ?",
        task);
    update(
        "INSERT INTO assistance_comment (task_id, author, from_customer, body, written_at)"
            + " VALUES (?, 'acme-test', TRUE, 'Jan phoned again', ?)",
        task,
        utc(Instant.now()));
    long issued = invoice(customer, "FINAL");
    long draft = invoice(customer, "DRAFT");
    update(
        "INSERT INTO time_entry (task_id, work_date, minutes, description, logged_by, logged_at,"
            + " invoice_id, version) VALUES (?, ?, 30, 'Call with Jan Jansen', 'support', ?, ?, 0)",
        task,
        LocalDate.now().minusDays(60),
        utc(Instant.now()),
        issued);
    update(
        "INSERT INTO time_entry (task_id, work_date, minutes, description, logged_by, logged_at,"
            + " version) VALUES (?, ?, 45, 'Letter to Jan Jansen', 'support', ?, 0)",
        task,
        LocalDate.now().minusDays(20),
        utc(Instant.now()));
    update(
        "INSERT INTO assistance_item (task_id, item_date, kind, description, amount, created_by,"
            + " created_at, version) VALUES (?, ?, 'EXPENSE', 'Post to Jan Jansen', 2.50,"
            + " 'support', ?, 0)",
        task,
        LocalDate.now().minusDays(20),
        utc(Instant.now()));
    update(
        "INSERT INTO work_history (task_id, line_type, line_id, action, before_text, after_text,"
            + " changed_by, changed_at) VALUES (?, 'TIME', 1, 'CHANGED', 'Call Jan', 'Call with"
            + " Jan Jansen', 'support', ?)",
        task,
        utc(Instant.now()));
    for (long invoice : List.of(issued, draft)) {
      update(
          "INSERT INTO invoice_line (invoice_id, position, line_type, task_id, task_reference,"
              + " kind, title, included, quantity, unit_code, unit_price, net_amount,"
              + " vat_category, vat_rate) VALUES (?, 1, 'TASK', ?, ?, 'DSR_HELP', 'Access for Jan"
              + " Jansen', FALSE, 0.5, 'HUR', 80, 40, 'S', 21)",
          invoice,
          task,
          "T-" + task);
      update(
          "INSERT INTO invoice_work (line_id, work_type, work_id, work_version, work_date,"
              + " minutes, billed_minutes, free_minutes, description, amount) SELECT id, 'TIME',"
              + " 1, 0, ?, 30, 30, 0, 'Call with Jan Jansen', 40 FROM invoice_line WHERE"
              + " invoice_id = ?",
          LocalDate.now().minusDays(60),
          invoice);
    }

    retentionJob.run(now).orElseThrow();

    String none = "—";
    assertThat(
            count(
                "SELECT COUNT(*) FROM assistance_task WHERE id = ? AND title = ? AND instruction"
                    + " = ? AND closing_reason = ? AND estimate_note = ? AND kind = 'DSR_HELP'"
                    + " AND request_id = ?",
                task,
                none,
                none,
                none,
                none,
                old.getId()))
        .isEqualTo(1);
    for (String table : List.of("assistance_instruction", "assistance_comment", "work_history")) {
      String text =
          switch (table) {
            case "assistance_instruction" -> "text";
            case "assistance_comment" -> "body";
            default -> "CONCAT(before_text, after_text)";
          };
      assertThat(
              count(
                  "SELECT COUNT(*) FROM " + table + " WHERE task_id = ? AND " + text + " LIKE ?",
                  task,
                  "%Jan%"))
          .as(table)
          .isZero();
    }
    // hours, amounts and the billing stay; only the words go
    assertThat(
            count(
                "SELECT COUNT(*) FROM time_entry WHERE task_id = ? AND description = ?"
                    + " AND ((minutes = 30 AND invoice_id = ?) OR (minutes = 45 AND version = 1))",
                task,
                none,
                issued))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM assistance_item WHERE task_id = ? AND description = ?"
                    + " AND amount = 2.50",
                task,
                none))
        .isEqualTo(1);
    // the issued invoice keeps its own copy; a draft's copy goes (billing makes it again)
    String lineAndWork =
        "SELECT COUNT(*) FROM invoice_line l JOIN invoice_work w ON w.line_id = l.id"
            + " WHERE l.invoice_id = ? AND l.title = ? AND w.description = ?";
    assertThat(count(lineAndWork, issued, "Access for Jan Jansen", "Call with Jan Jansen"))
        .isEqualTo(1);
    assertThat(count(lineAndWork, draft, none, none)).isEqualTo(1);
    // the subjects' addresses are gone from the outbox; who was told stays, by request
    assertThat(
            count(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient IN (?, ?)", email, keptEmail))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body = ''"
                    + " AND purpose = 'REQUEST_RECEIVED' AND sent_at IS NOT NULL"
                    + " AND last_error NOT LIKE ?",
                "subject-" + old.getId() + "@anonymised.invalid",
                "%example.org%"))
        .isPositive();
    assertThat(
            count(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body = ''",
                "subject-" + kept.getId() + "@anonymised.invalid"))
        .isPositive();
    assertThat(requestBy(kept.getReference()).getSubjectEmail()).isEqualTo(keptEmail);
    assertThat(outboxTo(contact).get(0).toMail().body()).contains("Jan Jansen");
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_entry WHERE actor = ? OR object_id = ?", email, email))
        .isZero();
  }

  private long invoice(Customer customer, String status) throws Exception {
    update(
        "INSERT INTO invoice (customer_id, type, status, currency, language, payment_term_days,"
            + " line_total, tax_total, payable, created_by, created_at) VALUES (?, 'INVOICE',"
            + " ?, 'EUR', 'en', 30, 40.00, 8.40, 48.40, 'billing', ?)",
        customer.getId(),
        status,
        utc(Instant.now()));
    return count("SELECT MAX(id) FROM invoice WHERE customer_id = ?", customer.getId());
  }

  @Test
  void aCustomersOwnPeriodIsCheckedAndOnlyForAdministrators() throws Exception {
    Customer customer = newCustomerWithRate("80");
    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> {
                      retentionAdmin.setPeriod(customer.getId(), 0);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("retention.error.months"));
    assertThatThrownBy(() -> asSupport.call(() -> retentionAdmin.periods()))
        .isInstanceOf(EJBAccessException.class);
    asAdmin.call(
        () -> {
          retentionAdmin.setPeriod(customer.getId(), 36);
          return null;
        });
    assertThat(asAdmin.call(() -> retentionAdmin.periods()))
        .filteredOn(p -> p.customerId() == customer.getId())
        .singleElement()
        .satisfies(p -> assertThat(p.months()).isEqualTo(36));
    asAdmin.call(
        () -> {
          retentionAdmin.setPeriod(customer.getId(), null);
          return null;
        });
    assertThat(asAdmin.call(() -> retentionAdmin.periods()))
        .filteredOn(p -> p.customerId() == customer.getId())
        .singleElement()
        .satisfies(p -> assertThat(p.months()).isNull());
  }

  @Test
  void anEndedCustomersDataIsExportedThenDeletedWithACertificateAndItsInvoicesAreKept()
      throws Exception {
    Customer ended = newCustomerWithRate("90");
    Customer active = newCustomerWithRate("90");
    update(
        "UPDATE customer SET ended_at = ? WHERE id = ?",
        LocalDate.now(ProviderTime.DEFAULT_ZONE).minusDays(1),
        ended.getId());
    String email = unique("eos") + "@example.org";
    Request request = requestBy(confirmed(email));
    update(
        "INSERT INTO forwarding (request_id, customer_id, forwarded_at, forwarded_by, version)"
            + " VALUES (?, ?, ?, 'support', 0)",
        request.getId(),
        ended.getId(),
        utc(Instant.now().minus(Duration.ofDays(40))));
    String file = attachTo(request);
    long task = newTask(request, ended);
    update(
        "INSERT INTO time_entry (task_id, work_date, minutes, description, logged_by, logged_at,"
            + " version) VALUES (?, ?, 30, 'export of the subject''s data', 'support', ?, 0)",
        task,
        LocalDate.now().minusDays(30),
        utc(Instant.now()));
    String username = unique("eosuser");
    update(
        "INSERT INTO user_account (username, display_name, email, password_hash, customer_id,"
            + " enabled, created_at) VALUES (?, 'Els Claes', ?, 'x', ?, TRUE, ?)",
        username,
        username + "@example.org",
        ended.getId(),
        utc(Instant.now()));
    update(
        "INSERT INTO invoice (customer_id, type, status, currency, language, payment_term_days,"
            + " line_total, tax_total, payable, created_by, created_at) VALUES (?, 'INVOICE',"
            + " 'FINAL', 'EUR', 'en', 30, 45.00, 9.45, 54.45, 'billing', ?)",
        ended.getId(),
        utc(Instant.now()));

    assertThat(asAdmin.call(() -> endOfService.endedCustomers()))
        .extracting(c -> c.customerId())
        .contains(ended.getId())
        .doesNotContain(active.getId());
    assertThatThrownBy(
            () -> asAdmin.call(() -> endOfService.delete(ended.getId(), ended.getName())))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("retention.error.notExported"));
    assertThatThrownBy(() -> asAdmin.call(() -> endOfService.inventory(active.getId())))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("retention.error.notEnded"));
    assertThatThrownBy(() -> asSupport.call(() -> endOfService.endedCustomers()))
        .isInstanceOf(EJBAccessException.class);

    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    asAdmin.call(
        () -> {
          endOfService.export(ended.getId(), zip);
          return null;
        });
    java.util.Map<String, String> entries = new java.util.HashMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(entries.get("data/request.json"))
        .contains(email)
        .contains(request.getReference().value());
    assertThat(entries.get("data/time_entry.json")).contains("export of the subject");
    assertThat(entries.get("data/user_account.json"))
        .contains(username)
        .doesNotContain("password_hash");
    assertThat(entries.get("data/invoice.json")).contains("54.45");
    assertThat(entries.get("manifest.json")).contains("\"request\":1").contains("included");
    assertThat(entries.keySet())
        .anyMatch(n -> n.startsWith("files/request_attachment/") && n.endsWith("scan.pdf"));
    assertThat(String.join("", entries.values())).doesNotContain("verification_token_hash");

    // a mail to the subject and one to the customer's contact, sent yesterday: bodies still there
    tx.begin();
    outbox.enqueue(
        new MailMessage(
            ended.getPrivacyContactEmail(), "Forwarded", "Jan Jansen asks", "REQUEST_FORWARDED"));
    tx.commit();
    update(
        "UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE recipient IN (?, ?)",
        utc(Instant.now().minus(Duration.ofDays(1))),
        email,
        ended.getPrivacyContactEmail());
    assertThatThrownBy(() -> asAdmin.call(() -> endOfService.delete(ended.getId(), "someone else")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("retention.error.confirmName"));
    byte[] pdf =
        asAdmin.call(() -> endOfService.delete(ended.getId(), " " + ended.getName() + " "));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(count("SELECT COUNT(*) FROM request WHERE id = ?", request.getId())).isZero();
    assertThat(count("SELECT COUNT(*) FROM assistance_task WHERE id = ?", task)).isZero();
    assertThat(count("SELECT COUNT(*) FROM forwarding WHERE customer_id = ?", ended.getId()))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM invoice WHERE customer_id = ?", ended.getId()))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM customer WHERE id = ?", ended.getId())).isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM user_account WHERE username = ? AND enabled = FALSE"
                    + " AND display_name = '—' AND email NOT LIKE '%example.org'",
                username))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM customer_contact WHERE customer_id = ? AND email LIKE '%example.org'",
                ended.getId()))
        .isZero();
    java.nio.file.Path dir =
        java.nio.file.Path.of(ConfigProvider.getConfig().getValue("attachments.dir", String.class));
    assertThat(java.nio.file.Files.exists(dir.resolve(file))).isFalse();
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", email)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body = ''",
                "subject-" + request.getId() + "@anonymised.invalid"))
        .isPositive();
    assertThat(
            count(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND body = ''"
                    + " AND purpose = 'REQUEST_FORWARDED'",
                ended.getPrivacyContactEmail()))
        .isEqualTo(1);
    assertThat(asAdmin.call(() -> endOfService.certificate(ended.getId()))).isEqualTo(pdf);
    assertThat(asAdmin.call(() -> endOfService.endedCustomers()))
        .filteredOn(c -> c.customerId() == ended.getId())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.exportedAt()).isNotNull();
              assertThat(c.deletedAt()).isNotNull();
            });
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_entry WHERE action IN ('CUSTOMER_DATA_EXPORTED',"
                    + " 'CUSTOMER_DATA_DELETED') AND object_id = ?",
                String.valueOf(ended.getId())))
        .isEqualTo(2);
    assertThatThrownBy(
            () -> asAdmin.call(() -> endOfService.delete(ended.getId(), ended.getName())))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("retention.error.alreadyDeleted"));
  }

  private void closedAt(Request request, Instant closedAt) throws Exception {
    update(
        "UPDATE request SET status = 'CLOSED', close_reason = 'ANSWERED', closed_at = ?,"
            + " closed_by = 'support' WHERE id = ?",
        utc(closedAt),
        request.getId());
  }

  /** A scan stored with the request, as staff entry stores it; returns its storage key. */
  private String attachTo(Request request) throws Exception {
    byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    String key = fileStore.store(pdf);
    update(
        "INSERT INTO request_attachment (request_id, file_name, type, size_bytes, storage_key,"
            + " sha256, uploaded_by, uploaded_at) VALUES (?, 'scan.pdf', 'PDF', ?, ?, ?,"
            + " 'support', ?)",
        request.getId(),
        pdf.length,
        key,
        "0".repeat(64),
        utc(Instant.now()));
    return key;
  }

  private long count(String sql, Object... parameters) {
    em.clear();
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  // ---- end of issue 13: retention ----
  // --- the breach register (issue 11): the services' own rules, whatever the page offers ---

  @Inject BreachRegister breachRegister;
  @Inject BreachNotices breachNotices;
  @Inject CustomerBreachNotices customerBreachNotices;

  @Test
  void aBreachNoticeGoesOncePerVersionToAffectedCustomersOnlyAndOnlyTheirUsersReadIt()
      throws Exception {
    long acme = customerNamed("Acme Retail NV").getId();
    long kroon = customerNamed("Brasserie De Kroon BV").getId();
    long other = customerNamed("Nordlicht GmbH").getId();
    String title = unique("breach");
    BreachForm form = breachForm(title, acme, kroon);
    long id = asAdmin.call(() -> breachRegister.record(form));

    assertThat(asAdmin.call(() -> breachNotices.send(id, 1, Set.of(acme)))).hasSize(1);
    assertThatThrownBy(() -> asAdmin.call(() -> breachNotices.send(id, 1, Set.of(acme))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("breach.notice.error.alreadySent");
    // all or nothing: De Kroon is affected, Nordlicht is not, so neither is told
    assertThatThrownBy(() -> asAdmin.call(() -> breachNotices.send(id, 1, Set.of(kroon, other))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("breach.notice.error.notAffected");
    assertThat(asAdmin.call(() -> breachNotices.sent(id))).hasSize(1);

    // a change or a notice decided on an older version is refused
    asAdmin.run(() -> breachRegister.revise(id, 1, form));
    assertThatThrownBy(() -> asAdmin.run(() -> breachRegister.revise(id, 1, form)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("breach.error.changedMeanwhile");
    assertThatThrownBy(() -> asAdmin.call(() -> breachNotices.send(id, 1, Set.of(kroon))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("breach.error.changedMeanwhile");

    // the new version: Acme again (an update), De Kroon for the first time
    asAdmin.call(() -> breachNotices.send(id, 2, Set.of(acme, kroon)));
    List<BreachNotice> sent = asAdmin.call(() -> breachNotices.sent(id));
    assertThat(sent)
        .extracting(n -> n.getCustomerId() + "@" + n.getBreachRevision() + " " + n.getSentBy())
        .containsExactlyInAnyOrder(acme + "@1 admin", acme + "@2 admin", kroon + "@2 admin");
    BreachNotice acmeUpdate =
        sent.stream()
            .filter(n -> n.getCustomerId() == acme && n.getBreachRevision() == 2)
            .findFirst()
            .orElseThrow();
    assertThat(acmeUpdate.getSubject()).startsWith("Update: melding");
    assertThat(acmeUpdate.getRecipientEmail()).isEqualTo("privacy@acme.example");
    assertThat(
            em.createQuery(
                    "SELECT COUNT(m) FROM OutboxMessage m WHERE m.subject LIKE :title", Long.class)
                .setParameter("title", "%" + title)
                .getSingleResult())
        .as("one mail per notice")
        .isEqualTo(3);

    // Acme's user reads Acme's notices, not De Kroon's
    BreachNotice toKroon =
        sent.stream().filter(n -> n.getCustomerId() == kroon).findFirst().orElseThrow();
    assertThat(asAcme.call(() -> customerBreachNotices.list()))
        .extracting(CustomerBreachNotices.Summary::id)
        .contains(acmeUpdate.getId())
        .doesNotContain(toKroon.getId());
    assertThat(asAcme.call(() -> customerBreachNotices.find(acmeUpdate.getId())).body())
        .isEqualTo(acmeUpdate.getBody());
    assertThatThrownBy(() -> asAcme.call(() -> customerBreachNotices.find(toKroon.getId())))
        .isInstanceOf(NotFoundException.class);

    // only administrators keep the register; only customers read notices
    assertThatThrownBy(() -> asSupport.call(() -> breachRegister.list(true)))
        .satisfies(ServicesIT::isAccessDenied);
    assertThatThrownBy(() -> asAcme.call(() -> breachNotices.sent(id)))
        .satisfies(ServicesIT::isAccessDenied);
    assertThatThrownBy(() -> asAdmin.call(() -> customerBreachNotices.list()))
        .satisfies(ServicesIT::isAccessDenied);
  }

  private static BreachForm breachForm(String title, Long... customers) {
    LocalDate yesterday = LocalDate.now(ProviderTime.DEFAULT_ZONE).minusDays(1);
    BreachForm form = new BreachForm();
    form.setTitle(title);
    form.setDescription("A backup was readable by another customer.");
    form.setDiscoveredOn(yesterday);
    form.setDiscoveredTime(LocalTime.of(9, 30));
    form.setPeriodStart(yesterday.minusDays(3));
    form.setDataCategories("names");
    form.setSubjectCategories("web-shop customers");
    form.setConsequences("None likely.");
    form.setMeasures("Access rights corrected.");
    form.setReportedBy("Sam Support");
    form.setContactPoint("Security desk");
    form.setCustomerIds(List.of(customers));
    return form;
  }

  // --- end of the breach register's block ---
  // ---- service clock (issue 11): our forwarding SLA, reminders, escalation; docs/service-clock.md
  // ----

  @Inject ServiceClockReminders reminderJob;
  @Inject DeadlineRepair deadlineRepair;
  @Inject ServiceClockQueries clockQueries;
  @Inject ServiceLevelAdministration serviceLevels;

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ServiceClock DEFAULT_CLOCK =
      new ServiceClock(new ServiceLevels(1, ForwardSlaUnit.WORKING_DAYS, 3, 2, 2), BRUSSELS);

  @Test
  void theReminderJobRemindsEscalatesAndRepeatsOnceEachUntilAcknowledged() throws Exception {
    Customer customer = newCustomerWithSecondaryContact();
    String primary = customer.getPrivacyContactEmail();
    String secondary = customer.getContacts().get(1).getEmail();
    String staff = newSupportUser();
    update("UPDATE user_account SET mail_language = 'EN' WHERE username = ?1", staff);
    Request request = requestBy(confirmed(unique("clock") + "@example.org"));
    asSupport.call(() -> routing.forward(request.getId(), customer.getId()));
    // assigned: the escalation goes to the colleague working on it, not to the whole team
    update(
        "INSERT INTO request_assignment (request_id, assignee, assigned_by, assigned_at, version)"
            + " VALUES (?1, ?2, 'support', UTC_TIMESTAMP(6), 0)",
        request.getId(),
        staff);
    // forwarded on the Thursday before Easter 2025, long ago: the real timer's "now" is past all of
    // it, and the other tests' requests (forwarded today) are not due at these instants
    Instant forwarded = LocalDateTime.parse("2025-04-17T10:00").atZone(BRUSSELS).toInstant();
    shiftTo(request, forwarded);
    Instant ackDue = DEFAULT_CLOCK.acknowledgementDue(forwarded);
    // Friday 18, (weekend, Easter Monday 21) Tuesday 22, Wednesday 23 April, to its end
    assertThat(ackDue).isEqualTo(ServiceClock.endOf(LocalDate.of(2025, 4, 23), BRUSSELS));
    assertThat(deadlineOf(request)).isEqualTo("ACKNOWLEDGE " + ackDue);
    String reference = request.getReference().value();

    reminderJob.run(ackDue.minusSeconds(1));
    assertThat(mailsAbout(reference, primary)).isEmpty();

    reminderJob.run(ackDue);
    assertThat(mailsAbout(reference, primary))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getPurpose()).isEqualTo("ACKNOWLEDGEMENT_REMINDER");
              // in the customer's language (French), with the link, without the subject's data
              assertThat(m.getSubject()).startsWith("Rappel").contains(reference);
              assertThat(m.toMail().body())
                  .contains("/customer/request.xhtml?id=" + request.getId())
                  .doesNotContain("Jan Jansen");
            });

    reminderJob.run(ackDue); // again: nothing new
    reminderJob.run(ackDue.plus(Duration.ofHours(5)));
    assertThat(mailsAbout(reference, primary)).hasSize(1);
    assertThat(mailsAbout(reference, staff + "@example.org")).isEmpty();
    assertThat(mailsAbout(reference, secondary)).isEmpty();

    Instant escalation = DEFAULT_CLOCK.escalationDue(forwarded); // Friday 25 April, to its end
    assertThat(escalation).isEqualTo(ServiceClock.endOf(LocalDate.of(2025, 4, 25), BRUSSELS));
    reminderJob.run(escalation);
    reminderJob.run(escalation);
    assertThat(mailsAbout(reference, staff + "@example.org"))
        .extracting(OutboxMessage::getPurpose, OutboxMessage::getSubject)
        .as("in the language the colleague chose for their mails")
        .containsExactly(
            tuple(
                "ACKNOWLEDGEMENT_ESCALATION_STAFF",
                Texts.get(Language.EN, "clock.mail.escalation.staff.subject", reference)));
    assertThat(mailsAbout(reference, secondary))
        .extracting(OutboxMessage::getPurpose)
        .containsExactly("ACKNOWLEDGEMENT_ESCALATION_CUSTOMER");
    // the whole team is not mailed about an assigned request
    assertThat(mailsAbout(reference, staffEmail("support"))).isEmpty();
    // the second reminder falls on the same day (every 2 working days from the first)
    assertThat(mailsAbout(reference, primary)).hasSize(2);

    Instant third = DEFAULT_CLOCK.reminderDue(forwarded, 3); // Tuesday 29 April
    assertThat(third).isEqualTo(ServiceClock.endOf(LocalDate.of(2025, 4, 29), BRUSSELS));
    reminderJob.run(third.minusSeconds(1));
    assertThat(mailsAbout(reference, primary)).hasSize(2);
    reminderJob.run(third);
    reminderJob.run(third);
    assertThat(mailsAbout(reference, primary)).hasSize(3);

    // the request's history on the staff page, and the audit trail
    assertThat(asSupport.call(() -> clockQueries.panel(request.getId())).sent())
        .extracting(r -> r.getKind().name() + " " + r.getSequence())
        .containsExactly("REMINDER 1", "REMINDER 2", "ESCALATION 1", "REMINDER 3");
    assertThat(auditCount(request, AuditAction.ACKNOWLEDGEMENT_REMINDED)).isEqualTo(3);
    assertThat(auditCount(request, AuditAction.ACKNOWLEDGEMENT_ESCALATED)).isEqualTo(1);

    // acknowledged: nothing more, however late
    tx.begin();
    em.find(Forwarding.class, activeForwarding(request).getId())
        .acknowledge(em.find(Request.class, request.getId()), "test", third.plusSeconds(60));
    tx.commit();
    reminderJob.run(third.plus(Duration.ofDays(30)));
    assertThat(mailsAbout(reference, primary)).hasSize(3);
    assertThat(mailsAbout(reference, secondary)).hasSize(1);
  }

  @Test
  void aReminderLateWhenTheJobFirstSeesItIsSentOnceNotOncePerMissedInterval() throws Exception {
    Customer customer = newCustomerWithSecondaryContact();
    Request request = requestBy(confirmed(unique("late") + "@example.org"));
    asSupport.call(() -> routing.forward(request.getId(), customer.getId()));
    Instant forwarded = LocalDateTime.parse("2025-03-03T09:00").atZone(BRUSSELS).toInstant();
    shiftTo(request, forwarded);

    // a month later, for the first time: one reminder (the latest due), one escalation
    reminderJob.run(forwarded.plus(Duration.ofDays(30)));
    reminderJob.run(forwarded.plus(Duration.ofDays(30)));
    assertThat(mailsAbout(request.getReference().value(), customer.getPrivacyContactEmail()))
        .hasSize(1);
    assertThat(asSupport.call(() -> clockQueries.panel(request.getId())).sent())
        .extracting(r -> r.getKind().name())
        .containsExactlyInAnyOrder("REMINDER", "ESCALATION");
  }

  @Test
  void aRequestNotForwardedInTimeIsReportedToTheSupportTeamOnce() throws Exception {
    Request request = requestBy(confirmed(unique("sla") + "@example.org"));
    Instant received = LocalDateTime.parse("2025-04-14T09:00").atZone(BRUSSELS).toInstant();
    update(
        "UPDATE request SET received_at = ?1, verified_at = ?2 WHERE id = ?3",
        utc(received),
        utc(received),
        request.getId());
    deadlineRepair.recompute(request.getId());
    Instant due = ServiceClock.endOf(LocalDate.of(2025, 4, 15), BRUSSELS); // the next working day
    assertThat(deadlineOf(request)).isEqualTo("FORWARD " + due);
    String reference = request.getReference().value();
    String support = staffEmail("support");

    reminderJob.run(due);
    assertThat(mailsAbout(reference, support)).isEmpty();
    reminderJob.run(due.plusSeconds(1));
    reminderJob.run(due.plus(Duration.ofDays(3)));
    assertThat(mailsAbout(reference, support))
        .extracting(OutboxMessage::getPurpose)
        .containsExactly("FORWARDING_OVERDUE_STAFF");
    assertThat(auditCount(request, AuditAction.FORWARDING_OVERDUE_NOTIFIED)).isEqualTo(1);
  }

  @Test
  void aRequestFoundLongAfterItsForwardingDeadlineIsLeftToTheOverdueListsNotMailed()
      throws Exception {
    Request request = requestBy(confirmed(unique("backlog") + "@example.org"));
    Instant received = LocalDateTime.parse("2025-04-14T09:00").atZone(BRUSSELS).toInstant();
    update(
        "UPDATE request SET received_at = ?1, verified_at = ?2 WHERE id = ?3",
        utc(received),
        utc(received),
        request.getId());
    deadlineRepair.recompute(request.getId());
    Instant due = ServiceClock.endOf(LocalDate.of(2025, 4, 15), BRUSSELS);

    // the job first sees it eight days after its deadline (clock.staff-notice-window-days: 7)
    reminderJob.run(due.plus(Duration.ofDays(8)));

    assertThat(mailsAbout(request.getReference().value(), staffEmail("support"))).isEmpty();
    assertThat(auditCount(request, AuditAction.FORWARDING_OVERDUE_NOTIFIED)).isZero();
    assertThat(deadlineOf(request)).as("still overdue in the lists").isEqualTo("FORWARD " + due);
  }

  @Test
  void theStoredNextDeadlineFollowsEveryStepOfTheRequest() throws Exception {
    Request request = requestBy(confirmed(unique("steps") + "@example.org"));
    Request stored = em.find(Request.class, request.getId());
    assertThat(deadlineOf(request))
        .isEqualTo("FORWARD " + DEFAULT_CLOCK.forwardingDue(stored.getVerifiedAt()));

    Customer acme = customerNamed("Acme Retail NV");
    Forwarding forwarding = asSupport.call(() -> routing.forward(request.getId(), acme.getId()));
    assertThat(deadlineOf(request))
        .isEqualTo("ACKNOWLEDGE " + DEFAULT_CLOCK.acknowledgementDue(forwarding.getForwardedAt()));

    asAcme.run(() -> customerRequests.acknowledge(request.getId()));
    LocalDate answerDue =
        new AnswerDeadline(
                stored.getReceivedAt().atZone(BRUSSELS).toLocalDate(),
                acme.getHolidayCalendar(),
                false)
            .due();
    assertThat(deadlineOf(request)).isEqualTo("ANSWER " + ServiceClock.endOf(answerDue, BRUSSELS));

    asSupport.run(() -> closing.close(request.getId(), CloseReason.ANSWERED));
    assertThat(deadlineOf(request)).isEqualTo("none");
    asSupport.run(() -> closing.reopen(request.getId()));
    assertThat(deadlineOf(request)).isNotEqualTo("none");

    // a customer's own service levels move its open requests' deadlines at once
    Customer customer = newCustomerWithSecondaryContact();
    Request other = requestBy(confirmed(unique("levels") + "@example.org"));
    Forwarding f = asSupport.call(() -> routing.forward(other.getId(), customer.getId()));
    asAdmin.run(() -> serviceLevels.set(customer.getId(), null, null, 5, null, null));
    assertThat(deadlineOf(other))
        .isEqualTo(
            "ACKNOWLEDGE "
                + new ServiceClock(
                        new ServiceLevels(1, ForwardSlaUnit.WORKING_DAYS, 5, 2, 2), BRUSSELS)
                    .acknowledgementDue(f.getForwardedAt()));
    assertThatThrownBy(
            () -> asAdmin.run(() -> serviceLevels.set(customer.getId(), 0, null, 5, null, null)))
        .hasMessageContaining("clock.error.forwardSla");
    assertThatThrownBy(
            () -> asSupport.run(() -> serviceLevels.set(customer.getId(), 2, null, 5, null, null)))
        .satisfies(ServicesIT::isAccessDenied);
  }

  /**
   * The request forwarded, received and confirmed at chosen instants: its deadline counted again.
   */
  private void shiftTo(Request request, Instant forwarded) throws Exception {
    Instant received = forwarded.minus(Duration.ofHours(2));
    update(
        "UPDATE request SET received_at = ?1, verified_at = ?2 WHERE id = ?3",
        utc(received),
        utc(received),
        request.getId());
    update(
        "UPDATE forwarding SET forwarded_at = ?1 WHERE request_id = ?2"
            + " AND withdrawn_at IS NULL AND returned_at IS NULL",
        utc(forwarded),
        request.getId());
    em.clear();
    deadlineRepair.recompute(request.getId());
  }

  private void update(String sql, Object... parameters) throws Exception {
    tx.begin();
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
    tx.commit();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** "KIND instant" of the request's stored next deadline, or "none". */
  private String deadlineOf(Request request) {
    em.clear();
    RequestDeadline row = em.find(RequestDeadline.class, request.getId());
    return row == null ? "none" : row.getNextDueKind() + " " + row.getNextDueAt();
  }

  private Forwarding activeForwarding(Request request) {
    em.clear();
    return em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
        .setParameter("requestId", request.getId())
        .getSingleResult();
  }

  private List<OutboxMessage> mailsAbout(String reference, String recipient) {
    em.clear();
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.recipient = :r AND m.subject LIKE :s"
                + " AND m.purpose IN ('ACKNOWLEDGEMENT_REMINDER', 'ACKNOWLEDGEMENT_ESCALATION_STAFF',"
                + " 'ACKNOWLEDGEMENT_ESCALATION_CUSTOMER', 'FORWARDING_OVERDUE_STAFF') ORDER BY m.id",
            OutboxMessage.class)
        .setParameter("r", recipient)
        .setParameter("s", "%" + reference + "%")
        .getResultList();
  }

  private long auditCount(Request request, AuditAction action) {
    return em.createQuery(
            "SELECT COUNT(a) FROM AuditEntry a WHERE a.objectId = :id AND a.action = :action",
            Long.class)
        .setParameter("id", String.valueOf(request.getId()))
        .setParameter("action", action)
        .getSingleResult();
  }

  private String staffEmail(String username) {
    em.clear();
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getSingleResult()
        .getEmail();
  }

  /** A support user of the test's own (address: username@example.org). */
  private String newSupportUser() throws Exception {
    String username = unique("clockstaff");
    update(
        "INSERT INTO user_account (username, display_name, email, password_hash, enabled,"
            + " created_at) VALUES (?1, ?2, ?3, 'x', TRUE, UTC_TIMESTAMP(6))",
        username,
        "Test " + username,
        username + "@example.org");
    update(
        "INSERT INTO user_account_role (user_account_id, role)"
            + " SELECT id, 'SUPPORT' FROM user_account WHERE username = ?1",
        username);
    return username;
  }

  /** A French-speaking customer with a primary and a secondary privacy contact, and a contract. */
  private Customer newCustomerWithSecondaryContact() throws Exception {
    tx.begin();
    Customer customer =
        new Customer(
            unique("Horloge"),
            "Claire",
            unique("primary") + "@example.org",
            "Public contact",
            Language.FR,
            Instant.now());
    customer.replaceContacts(
        List.of(
            new PrivacyContact("Claire", customer.getPrivacyContactEmail(), null, "DPO", true),
            new PrivacyContact("Marc", unique("secondary") + "@example.org", null, "CISO", false)));
    em.persist(customer);
    em.flush();
    em.persist(
        new Contract(
            customer, LocalDate.of(2020, 1, 1), new BigDecimal("90"), new BigDecimal("21")));
    tx.commit();
    return customer;
  }

  // ---- end of service clock (issue 11) ----
  // ---- issue 12: mail attachments (contract part; docs/contracts.md) ----
  // This server's SMTP port has no server; the test starts one in the container on it, so that the
  // outbox sender delivers the mail as it would in production.

  @Inject OutboxSender outboxSender;

  @Test
  void aMailWithAttachmentsIsStoredWithItAndSentAsTextAndFilesInOneMultipart() throws Exception {
    String recipient = unique("invoice") + "@example.org";
    byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Invoice><ID>2026-0001</ID></Invoice>"
            .getBytes(StandardCharsets.UTF_8);
    int port = ConfigProvider.getConfig().getValue("smtp.port", Integer.class);
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      tx.begin();
      outbox.enqueue(
          new MailMessage(recipient, "Invoice 2026-0001", "Dear customer,\n\nattached.", "INVOICE"),
          List.of(
              new MailAttachment("Invoice 2026-0001.pdf", "application/pdf", pdf),
              new MailAttachment("Invoice 2026-0001.xml", "application/xml", xml)));
      tx.commit();
      long id = outboxTo(recipient).get(0).getId();
      assertThat(
              em.createNativeQuery("SELECT COUNT(*) FROM outbox_attachment WHERE message_id = ?")
                  .setParameter(1, id)
                  .getSingleResult())
          .isEqualTo(2L);

      outboxSender.sendDue();

      MimeMessage received =
          Awaitility.await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      Arrays.stream(smtp.getReceivedMessages())
                          .filter(m -> recipientOf(m).equals(recipient))
                          .findFirst(),
                  java.util.Optional::isPresent)
              .orElseThrow();
      assertThat(received.getContentType()).startsWith("multipart/mixed");
      MimeMultipart parts = (MimeMultipart) received.getContent();
      assertThat(parts.getCount()).isEqualTo(3);
      assertThat(String.valueOf(parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
          .isEqualTo("Dear customer,\n\nattached.");
      assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("Invoice 2026-0001.pdf");
      assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
      assertThat(parts.getBodyPart(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
      assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
      assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("Invoice 2026-0001.xml");
      assertThat(parts.getBodyPart(2).getContentType()).startsWith("application/xml");
      assertThat(parts.getBodyPart(2).getInputStream().readAllBytes()).isEqualTo(xml);
      assertThat(outboxTo(recipient).get(0).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void attachmentsOverTheLimitOfOneMailAreRefusedAndNothingIsQueued() throws Exception {
    String recipient = unique("toolarge") + "@example.org";
    long limit = ConfigProvider.getConfig().getValue("mail.max-attachment-bytes", Long.class);
    byte[] half = new byte[(int) (limit / 2) + 1];
    tx.begin();
    try {
      assertThatThrownBy(
              () ->
                  outbox.enqueue(
                      new MailMessage(recipient, "Too large", "Files.", "INVOICE"),
                      List.of(
                          new MailAttachment("a.pdf", "application/pdf", half),
                          new MailAttachment("b.pdf", "application/pdf", half))))
          .isInstanceOfSatisfying(
              DomainRuleViolation.class,
              e -> assertThat(e.messageKey()).isEqualTo("mail.error.attachmentsTooLarge"));
    } finally {
      tx.rollback();
    }
    assertThat(outboxTo(recipient)).isEmpty();
  }

  private static String recipientOf(MimeMessage message) {
    try {
      return message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- end of issue 12: mail attachments ----
  // ---- issue 13: cluster — leases of the scheduled jobs, shared throttles and replay memory ----

  @Inject eu.dsrportal.shared.infrastructure.ScheduledJobs scheduledJobs;
  @Inject eu.dsrportal.shared.infrastructure.JobLeases jobLeases;
  @Inject eu.dsrportal.shared.infrastructure.ThrottleBuckets throttleBuckets;
  @Inject eu.dsrportal.intake.infrastructure.UsedSolutions usedSolutions;

  /**
   * The timers of several instances fire at the same moment and take the same job's lease, its
   * first run ever (no row yet) and then eleven more: each time one of them gets it, the others get
   * nothing, and none fails. (Each took a shared lock on the existing row with its INSERT IGNORE,
   * then waited for the others' to UPDATE it: MariaDB broke the deadlock by failing all but one,
   * which Payara logged as a failed timer.)
   */
  @Test
  void holdersTakingALeaseAtTheSameMomentGetItOnceWithoutDeadlocks() throws Exception {
    String job = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
    Duration lease = Duration.ofMinutes(10);
    Instant first = Instant.parse("2033-01-01T00:00:00Z");
    int holders = 6;
    for (int round = 0; round < 12; round++) {
      Instant due = first.plus(Duration.ofMinutes(round));
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Boolean>> takers = new ArrayList<>();
      for (int h = 0; h < holders; h++) {
        String holder = "h" + h;
        takers.add(
            executor.submit(
                () -> {
                  go.await();
                  return jobLeases.acquire(job, due, due, lease, holder);
                }));
      }
      go.countDown();
      List<Boolean> taken = new ArrayList<>();
      for (java.util.concurrent.Future<Boolean> taker : takers) {
        taken.add(taker.get(60, java.util.concurrent.TimeUnit.SECONDS)); // throws if one failed
      }
      assertThat(taken).as("round " + round).containsOnlyOnce(true);
      jobLeases.release(job, "h" + taken.indexOf(true), "DONE", due);
    }
  }

  @Test
  void aScheduledJobRunsOncePerDueTimeOnWhicheverInstanceAndIsTakenOverWhenItsHolderDies() {
    String job = "it-job-" + UUID.randomUUID().toString().substring(0, 8);
    Instant due = Instant.parse("2032-05-04T03:17:00Z");
    Duration minute = Duration.ofMinutes(1);
    Duration lease = Duration.ofMinutes(10);
    java.util.List<String> runs = new java.util.ArrayList<>();

    assertThat(scheduledJobs.runOnce(job, due, minute, lease, "a", () -> runs.add("a@0"))).isTrue();
    assertThat(
            scheduledJobs.runOnce(
                job, due.plusMillis(300), minute, lease, "b", () -> runs.add("b@0")))
        .as("the other instance's timer, a moment later, for the same due time")
        .isFalse();
    assertThat(
            scheduledJobs.runOnce(job, due.plus(minute), minute, lease, "b", () -> runs.add("b@1")))
        .isTrue();

    Instant dies = due.plus(Duration.ofMinutes(2));
    assertThat(jobLeases.acquire(job, dies, dies, lease, "a"))
        .as("instance a takes the next run and dies in it")
        .isTrue();
    assertThat(
            scheduledJobs.runOnce(
                job, dies.plus(minute), minute, lease, "b", () -> runs.add("b@3")))
        .as("while a's lease lasts")
        .isFalse();
    assertThat(
            scheduledJobs.runOnce(
                job, dies.plus(lease).plus(minute), minute, lease, "b", () -> runs.add("b@13")))
        .as("after a's lease ended")
        .isTrue();

    Instant fails = dies.plus(Duration.ofMinutes(20));
    assertThatThrownBy(
            () ->
                scheduledJobs.runOnce(
                    job,
                    fails,
                    minute,
                    lease,
                    "b",
                    () -> {
                      throw new IllegalStateException("a failing run");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            scheduledJobs.runOnce(
                job, fails.plus(minute), minute, lease, "a", () -> runs.add("a@23")))
        .as("a failed run ends its lease too")
        .isTrue();

    assertThat(runs).containsExactly("a@0", "b@1", "b@13", "a@23");
  }

  @Test
  void anAbandonedRunIsTakenOverOnceSoonAfterItsLeaseEndsNotBefore() {
    String job = "it-takeover-" + UUID.randomUUID().toString().substring(0, 8);
    Instant due = Instant.parse("2033-03-03T03:17:00Z");
    Duration minute = Duration.ofMinutes(1);
    Duration lease = Duration.ofMinutes(10);
    java.util.List<String> runs = new java.util.ArrayList<>();

    // instance a takes the daily run and dies in it; b's timer fired for the same due time
    assertThat(jobLeases.acquire(job, due, due, lease, "a")).isTrue();
    assertThat(
            scheduledJobs.runOnce(
                job, due.plusMillis(300), minute, lease, "b", () -> runs.add("b@due")))
        .as("b's own timer, while a holds the run")
        .isFalse();

    assertThat(scheduledJobs.takeOverAbandoned(job, due.plus(lease).minusSeconds(1), "b"))
        .as("a's lease still lasts")
        .isFalse();
    assertThat(runs).isEmpty();

    Instant soonAfter = due.plus(lease).plusSeconds(15);
    assertThat(scheduledJobs.takeOverAbandoned(job, soonAfter, "b"))
        .as("b's watchdog, 15 s after a's lease ended")
        .isTrue();
    assertThat(runs).as("the abandoned run, run once").containsExactly("b@due");

    assertThat(scheduledJobs.takeOverAbandoned(job, soonAfter.plusSeconds(15), "b"))
        .as("done now: nothing to take over")
        .isFalse();
    assertThat(
            scheduledJobs.runOnce(
                job, due.plusSeconds(20), minute, lease, "b", () -> runs.add("b@due-again")))
        .as("the due time's run is done")
        .isFalse();
    assertThat(runs).containsExactly("b@due");
    assertThat(
            em.createNativeQuery(
                    "SELECT CONCAT(holder, ' ', last_outcome, ' ', runs) FROM job_lease"
                        + " WHERE name = ?")
                .setParameter(1, job)
                .getSingleResult())
        .hasToString("b DONE 2");
  }

  @Test
  void aRunTakenOverIsTakenOverByOneInstanceOnly() {
    String job = "it-takeover-" + UUID.randomUUID().toString().substring(0, 8);
    Instant due = Instant.parse("2033-04-04T03:41:00Z");
    Duration minute = Duration.ofMinutes(1);
    Duration lease = Duration.ofMinutes(10);
    java.util.List<String> runs = new java.util.ArrayList<>();
    java.util.List<Boolean> byC = new java.util.ArrayList<>();

    assertThat(jobLeases.acquire(job, due, due, lease, "a")).isTrue();
    Instant after = due.plus(lease).plusSeconds(5);
    // b's and c's timers both fired for the due time; b's watchdog comes first, and c's runs while
    // b's run is still going: b's new lease holds
    scheduledJobs.runOnce(job, due, minute, lease, "c", () -> runs.add("c"));
    scheduledJobs.runOnce(
        job,
        due,
        minute,
        lease,
        "b",
        () -> {
          runs.add("b");
          byC.add(scheduledJobs.takeOverAbandoned(job, after.plusSeconds(1), "c"));
        });

    assertThat(scheduledJobs.takeOverAbandoned(job, after, "b")).isTrue();
    assertThat(byC).as("c, while b runs it").containsExactly(false);
    assertThat(runs).as("one takeover, one run").containsExactly("b");
  }

  @Test
  void theThrottlesOfTwoInstancesCountAgainstOneBucketInTheDatabase() {
    String address = "198.51.100." + (int) (Math.random() * 250);
    String key = "it-" + UUID.randomUUID();
    // each instance builds its own limiter at start-up; both use the same table
    var first =
        eu.dsrportal.shared.infrastructure.RateLimiter.shared(
            key, 2, Duration.ofHours(1), throttleBuckets);
    var second =
        eu.dsrportal.shared.infrastructure.RateLimiter.shared(
            key, 2, Duration.ofHours(1), throttleBuckets);

    assertThat(first.tryAcquire(address)).isTrue();
    assertThat(second.tryAcquire(address)).isTrue();
    assertThat(first.tryAcquireOrWait(address))
        .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThan(Duration.ofHours(1)));
    assertThat(second.tryAcquire(address)).isFalse();

    second.giveBack(address);
    assertThat(first.tryAcquire(address)).as("a token given back on one instance").isTrue();

    assertThat(throttleBuckets.purge(Instant.now().plus(Duration.ofHours(2))))
        .as("buckets full again are deleted")
        .isPositive();
    assertThat(first.tryAcquire(address)).isTrue();
  }

  @Test
  void aSubmissionsBucketsAreTakenAllOrNoneAndLookingTakesNothing() {
    String key = "it-" + UUID.randomUUID();
    var perAddress =
        eu.dsrportal.shared.infrastructure.RateLimiter.shared(
            key + "-address", 5, Duration.ofHours(1), throttleBuckets);
    var perEmail =
        eu.dsrportal.shared.infrastructure.RateLimiter.shared(
            key + "-email", 1, Duration.ofDays(1), throttleBuckets);
    var address = perAddress.takeOf("198.51.100.7");

    assertThat(throttleBuckets.takeAll(List.of(address, perEmail.takeOf("a@example.org"))))
        .as("both have a token")
        .isEmpty();
    assertThat(throttleBuckets.takeAll(List.of(address, perEmail.takeOf("a@example.org"))))
        .as("the e-mail address has none left")
        .hasValueSatisfying(wait -> assertThat(wait).isPositive());
    assertThat(perAddress.waitFor("198.51.100.7")).as("looking takes nothing").isEmpty();
    // 5 tokens: one taken with the first submission, none with the refused one, four left
    for (int i = 0; i < 4; i++) {
      assertThat(perAddress.tryAcquire("198.51.100.7")).as("token " + (i + 2)).isTrue();
    }
    assertThat(perAddress.waitFor("198.51.100.7")).isPresent();
    assertThat(perAddress.tryAcquire("198.51.100.7")).isFalse();
  }

  @Test
  void aNewBucketIsTakenAtOnceALeaseTakesABlockAndARefusalInTheCallersTransactionIsRolledBack()
      throws Exception {
    String key = "it-" + UUID.randomUUID();
    var large =
        eu.dsrportal.shared.infrastructure.RateLimiter.shared(
            key + "-large", 1_000, Duration.ofHours(1), throttleBuckets);
    long leased = 0;
    int blocks = 0;
    for (long block; (block = throttleBuckets.lease(large.takeOf("k"), 300)) > 0; blocks++) {
      leased += block;
    }
    assertThat(leased).as("a new bucket's block, then the rest, never more").isEqualTo(1_000);
    assertThat(blocks).isEqualTo(4);
    assertThat(large.waitFor("k")).isPresent();

    var one =
        eu.dsrportal.shared.infrastructure.RateLimiter.shared(
            key + "-one", 1, Duration.ofDays(1), throttleBuckets);
    tx.begin();
    assertThat(throttleBuckets.takeAllHere(List.of(one.takeOf("a@example.org")))).isEmpty();
    assertThat(throttleBuckets.takeAllHere(List.of(one.takeOf("a@example.org"))))
        .as("the one token is taken in this transaction")
        .isPresent();
    tx.rollback();
    assertThat(one.waitFor("a@example.org")).as("rolled back: the new bucket is gone").isEmpty();
    tx.begin();
    assertThat(throttleBuckets.takeAllHere(List.of(one.takeOf("a@example.org")))).isEmpty();
    tx.commit();
    assertThat(one.waitFor("a@example.org")).isPresent();
  }

  @Test
  void aGroupOfSubmissionsIsStoredTogetherEachAuditedForItsOwnCallerAndOneRefusalStoresNoneOfIt()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<SubjectSubmissions.Pending> group = threeSubmissions("group-" + run, "203.0.113.1");

    List<SubjectSubmissions.Submitted> stored = submissions.storeAll(group);

    assertThat(stored).hasSize(3);
    assertThat(stored.stream().map(SubjectSubmissions.Submitted::reference).distinct()).hasSize(3);
    for (int n = 0; n < 3; n++) {
      int i = n;
      String reference = stored.get(i).reference().value();
      assertThat(stored.get(i).statusToken()).isNotBlank();
      assertThat(
              em.createNativeQuery(
                      "SELECT r.subject_email, a.client_ip,"
                          + " (SELECT COUNT(*) FROM outbox_message o"
                          + " WHERE o.subject_request_id = r.id)"
                          + " FROM request r JOIN audit_entry a ON CAST(a.object_id AS UNSIGNED) = r.id"
                          + " AND a.object_type = 'Request' AND a.action = 'REQUEST_SUBMITTED'"
                          + " WHERE r.reference = ?")
                  .setParameter(1, reference)
                  .getResultList())
          .as("request %d: its own address in its audit entry, one mail", i)
          .singleElement()
          .satisfies(
              row -> {
                Object[] columns = (Object[]) row;
                assertThat(columns[0]).isEqualTo(group.get(i).submission().getEmail());
                assertThat(columns[1]).isEqualTo("203.0.113.1" + i);
                assertThat(((Number) columns[2]).longValue()).isOne();
              });
    }

    // the second one's e-mail address has used up its day: the group is refused whole
    List<SubjectSubmissions.Pending> refused = threeSubmissions("refused-" + run, "203.0.113.2");
    nativeUpdate(
        "INSERT INTO throttle_bucket (bucket_key, tokens, refilled_at, full_at)"
            + " VALUES (SHA2(?, 256), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 DAY)",
        "intake.email:"
            + eu.dsrportal.shared.infrastructure.ThrottleKeys.mailbox(
                refused.get(1).submission().getEmail()));
    assertThatThrownBy(() -> submissions.storeAll(refused))
        .isInstanceOf(eu.dsrportal.shared.domain.RateLimitExceeded.class);
    assertThat(
            em.createNativeQuery("SELECT COUNT(*) FROM request WHERE submission_key LIKE ?")
                .setParameter(1, "it-refused-" + run + "-%")
                .getSingleResult())
        .as("nothing of the refused group is stored")
        .isEqualTo(0L);
    // each alone, as the group commit then stores them: the others are, the refused one is not
    assertThat(submissions.store(refused.get(0)).reference()).isNotNull();
    assertThatThrownBy(() -> submissions.store(refused.get(1)))
        .isInstanceOf(eu.dsrportal.shared.domain.RateLimitExceeded.class);
    assertThat(submissions.store(refused.get(2)).reference()).isNotNull();
    assertThat(
            em.createNativeQuery("SELECT COUNT(*) FROM request WHERE submission_key LIKE ?")
                .setParameter(1, "it-refused-" + run + "-%")
                .getSingleResult())
        .isEqualTo(2L);
  }

  /**
   * Three API submissions, {@code name-0@example.org} … from {@code address0} …, keys it-name-0 ….
   */
  private static List<SubjectSubmissions.Pending> threeSubmissions(String name, String address) {
    List<SubjectSubmissions.Pending> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(
          new SubjectSubmissions.Pending(
              submission(name + "-" + i + "@example.org"),
              Channel.API,
              "it-" + name + "-" + i,
              new AuditLog.Caller("anonymous", address + i)));
    }
    return three;
  }

  @Inject eu.dsrportal.intake.infrastructure.IntakeThrottle intakeThrottle;

  @Test
  void aLargeAddressBucketIsLeasedByTheBlockAndATokenGivenBackIsUsedFromTheLease() {
    // the tests' limit: 100,000 an hour per address, leased in blocks of 100
    String address = "2001:db8:" + UUID.randomUUID().toString().substring(0, 4) + "::1";
    String key =
        "intake.address:" + eu.dsrportal.shared.infrastructure.ThrottleKeys.network(address);
    var first = intakeThrottle.passAddress(address);
    assertThat(first).hasValueSatisfying(p -> assertThat(p.leased()).isTrue());
    assertThat(tokens(key)).as("one block taken").isBetween(99_900.0, 99_950.0);
    intakeThrottle.giveBack(first.orElseThrow());
    for (int i = 0; i < 100; i++) {
      assertThat(intakeThrottle.passAddress(address)).as("token " + (i + 1)).isPresent();
    }
    assertThat(tokens(key))
        .as("99 and the one given back: from the lease, no new block")
        .isBetween(99_900.0, 99_950.0);
    assertThat(intakeThrottle.passAddress(address)).isPresent();
    assertThat(tokens(key)).as("then the next block").isBetween(99_800.0, 99_850.0);
  }

  private double tokens(String key) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT tokens FROM throttle_bucket WHERE bucket_key = SHA2(?, 256)")
                .setParameter(1, key)
                .getSingleResult())
        .doubleValue();
  }

  @Test
  void aProofOfWorkSolutionIsAcceptedOnceWhicheverInstanceItReaches() {
    String payload = "it-solution-" + UUID.randomUUID();
    Instant expires = Instant.now().plus(Duration.ofMinutes(5));

    assertThat(usedSolutions.firstUse(payload, expires)).isTrue();
    assertThat(usedSolutions.firstUse(payload, expires)).isFalse();

    assertThat(usedSolutions.purge(expires.plusSeconds(1))).isPositive();
  }

  // ---- end of issue 13: cluster ----

  // ---- issue 13: mail (parallel outbox workers, priorities, failures; docs/mail.md) ----
  // The rows of these tests are queued for a time far ahead (the timer, at the real time, never
  // sees them) and ahead of every other mail (priority -1), so that the claims taken at that time
  // hold exactly them.

  @Inject OutboxClaims outboxClaims;

  private static final Instant MAIL_FAR = Instant.parse("2100-01-01T00:00:00Z");

  private List<Long> queueFar(String recipientPrefix, int count, int priority, String purpose)
      throws Exception {
    tx.begin();
    for (int i = 0; i < count; i++) {
      em.createNativeQuery(
              "INSERT INTO outbox_message (recipient, subject, body, purpose, status, attempts,"
                  + " created_at, next_attempt_at, version, priority)"
                  + " VALUES (?, 'Test', 'Body', ?, 'PENDING', 0, ?, ?, 0, ?)")
          .setParameter(1, recipientPrefix + "-" + i + "@example.org")
          .setParameter(2, purpose)
          .setParameter(3, utc(Instant.now()))
          .setParameter(4, utc(MAIL_FAR))
          .setParameter(5, priority)
          .executeUpdate();
    }
    tx.commit();
    return ids(recipientPrefix);
  }

  private List<Long> ids(String recipientPrefix) {
    return em
        .createNativeQuery("SELECT id FROM outbox_message WHERE recipient LIKE ? ORDER BY id")
        .setParameter(1, recipientPrefix + "-%")
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  @Test
  void workersClaimingAtOnceNeverShareAMailAndAClaimWhoseWorkerDiedIsTakenOver() throws Exception {
    String prefix = unique("claims");
    List<Long> queued = queueFar(prefix, 120, -1, "REQUEST_RECEIVED");
    try {
      // four workers claim at once, round after round, until all are claimed: none twice
      List<Long> claimed = new java.util.ArrayList<>();
      for (int round = 0; round < 10 && !claimed.containsAll(queued); round++) {
        List<java.util.concurrent.Future<List<ClaimedMail>>> workers = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
          String token = "worker-" + w;
          workers.add(executor.submit(() -> claimAsAWorkerDoes(token, MAIL_FAR, 30)));
        }
        for (var worker : workers) {
          claimed.addAll(
              worker.get().stream().map(ClaimedMail::id).filter(queued::contains).toList());
        }
      }
      assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
      assertThat(outboxClaims.claim("late", MAIL_FAR, Duration.ofMinutes(5), 30))
          .extracting(ClaimedMail::id)
          .doesNotContainAnyElementsOf(queued);

      // the workers die: after their claims end, another one takes the mails over; what a dead
      // worker would still report no longer counts
      List<ClaimedMail> takenOver =
          outboxClaims.claim(
              "heir", MAIL_FAR.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5), 120);
      assertThat(takenOver).extracting(ClaimedMail::id).containsExactlyInAnyOrderElementsOf(queued);
      outboxClaims.record(
          "worker-0", queued, List.of(), MAIL_FAR, new RetryPolicy(5, Duration.ofSeconds(10)));
      assertThat(statusOf(queued.get(0))).isEqualTo("PENDING");
      outboxClaims.record(
          "heir", queued, List.of(), MAIL_FAR, new RetryPolicy(5, Duration.ofSeconds(10)));
      assertThat(
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM outbox_message WHERE recipient LIKE ?"
                          + " AND status = 'SENT' AND attempts = 1 AND claim_token IS NULL")
                  .setParameter(1, prefix + "-%")
                  .getSingleResult())
          .isEqualTo(120L);
    } finally {
      update("DELETE FROM outbox_message WHERE recipient LIKE ?", prefix + "-%");
    }
  }

  /**
   * While intake's transaction has inserted a mail and not yet committed, a worker's claim of other
   * mails goes through: it waits for no row it did not claim. (On a small table the claim's update
   * scanned the whole index, waited for intake's row, and intake waited for the claim's locks on
   * the claim index: a deadlock, which gave a subject an error page.)
   */
  @Test
  void aClaimWaitsForNoMailItDidNotClaimSuchAsOneIntakeIsInserting() throws Exception {
    String prefix = unique("inflight");
    List<Long> queued = queueFar(prefix, 120, -1, "REQUEST_RECEIVED");
    // not due: not claimed
    try (java.sql.Connection intake =
        insertingAMail(prefix + "-inflight@example.org", MAIL_FAR.plus(Duration.ofDays(1)))) {
      java.util.concurrent.Future<List<ClaimedMail>> claim =
          executor.submit(
              () -> outboxClaims.claim("beside-intake", MAIL_FAR, Duration.ofMinutes(5), 120));
      assertThat(claim.get(20, java.util.concurrent.TimeUnit.SECONDS))
          .as("claimed while intake's mail is uncommitted (a lock wait lasts 50 s)")
          .extracting(ClaimedMail::id)
          .containsExactlyInAnyOrderElementsOf(queued);
      intake.rollback();
    } finally {
      update("DELETE FROM outbox_message WHERE recipient LIKE ?", prefix + "-%");
    }
  }

  /**
   * A connection of its own that has inserted a pending mail and not committed, as intake's
   * transaction holds its mail until it commits; closing it rolls the insert back.
   */
  private static java.sql.Connection insertingAMail(String recipient, Instant nextAttempt)
      throws java.sql.SQLException {
    var config = ConfigProvider.getConfig();
    java.sql.Connection intake =
        java.sql.DriverManager.getConnection(
            config.getValue("db.url", String.class),
            config.getValue("db.user", String.class),
            config.getValue("db.password", String.class));
    intake.setAutoCommit(false);
    try (java.sql.PreparedStatement insert =
        intake.prepareStatement(
            "INSERT INTO outbox_message (recipient, subject, body, purpose, status, attempts,"
                + " created_at, next_attempt_at, version, priority)"
                + " VALUES (?, 'Test', 'Body', 'REQUEST_RECEIVED', 'PENDING', 0, ?, ?, 0, 2)")) {
      insert.setString(1, recipient);
      insert.setObject(2, utc(Instant.now()));
      insert.setObject(3, utc(nextAttempt));
      insert.executeUpdate();
    } catch (java.sql.SQLException e) {
      intake.close();
      throw e;
    }
    return intake;
  }

  @Test
  void forwardsAndRemindersAreClaimedBeforeBulkConfirmationsQueuedEarlier() throws Exception {
    String prefix = unique("priority");
    try {
      tx.begin();
      outbox.enqueue(new MailMessage(prefix + "-a@example.org", "s", "b", "REQUEST_RECEIVED"));
      outbox.enqueue(
          new MailMessage(prefix + "-b@example.org", "s", "b", "REQUEST_FORWARDED_CUSTOMER"));
      outbox.enqueue(new MailMessage(prefix + "-c@example.org", "s", "b", "CLARIFICATION_ASKED"));
      tx.commit();
      assertThat(
              em.createNativeQuery(
                      "SELECT CONCAT(SUBSTRING_INDEX(recipient, '@', 1), '=', priority)"
                          + " FROM outbox_message WHERE recipient LIKE ?")
                  .setParameter(1, prefix + "-%")
                  .getResultList())
          .containsExactlyInAnyOrder(prefix + "-a=2", prefix + "-b=0", prefix + "-c=1");
      // the timer may take them first; at a time far ahead all of them are due again
      List<String> order =
          outboxClaims.claim("order", MAIL_FAR, Duration.ofMinutes(5), 10_000).stream()
              .map(m -> m.mail().recipient())
              .filter(r -> r.startsWith(prefix))
              .toList();
      assertThat(order)
          .containsExactly(
              prefix + "-b@example.org", prefix + "-c@example.org", prefix + "-a@example.org");
    } finally {
      update("DELETE FROM outbox_message WHERE recipient LIKE ?", prefix + "-%");
    }
  }

  @Test
  void aPermanentRefusalIsFailedAtOnceAndShownToStaffWhileOtherMailGoesOut() throws Exception {
    String refused = unique("refused") + "@example.org";
    String forward = unique("forwardok") + "@example.org";
    int port = ConfigProvider.getConfig().getValue("smtp.port", Integer.class);
    try (SmtpSink smtp = new SmtpSink(port, "refused", 0, null)) {
      tx.begin();
      outbox.enqueue(new MailMessage(refused, "Received", "Body", "REQUEST_RECEIVED"));
      outbox.enqueue(new MailMessage(forward, "Forwarded", "Body", "REQUEST_FORWARDED_CUSTOMER"));
      tx.commit();

      outboxSender.sendDue();

      OutboxMessage failed =
          Awaitility.await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> outboxTo(refused).get(0),
                  m -> m.getStatus() != OutboxMessage.Status.PENDING);
      assertThat(failed.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
      assertThat(failed.getAttempts()).as("no retries of a permanent refusal").isEqualTo(1);
      assertThat(failed.getLastError()).as("the server's reply, for staff").contains("550");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> outboxTo(forward).get(0).getStatus() == OutboxMessage.Status.SENT);
      assertThat(smtp.received())
          .filteredOn(m -> m.recipient().contains(forward))
          .singleElement()
          .satisfies(m -> assertThat(m.messageId()).startsWith("<outbox."));
      assertThat(asSupport.call(() -> outbox.undelivered()))
          .extracting(OutboxMessage::getRecipient)
          .contains(refused);
      assertThat(asSupport.call(() -> outbox.backlog(Instant.now())).failed()).isPositive();
    } finally {
      update("DELETE FROM outbox_message WHERE recipient IN (?, ?)", refused, forward);
    }
  }

  /** As OutboxWorker: a claim that lost a deadlock against another one is tried again. */
  private List<ClaimedMail> claimAsAWorkerDoes(String token, Instant now, int max) {
    for (int attempt = 1; ; attempt++) {
      try {
        return outboxClaims.claim(token, now, Duration.ofMinutes(5), max);
      } catch (jakarta.ejb.EJBException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  private String statusOf(long id) {
    return (String)
        em.createNativeQuery("SELECT status FROM outbox_message WHERE id = ?")
            .setParameter(1, id)
            .getSingleResult();
  }

  // ---- end of issue 13: mail ----
  // daily digest (issue 11) ------------------------------------------------------------------
  // request_deadline rows are seeded by SQL (INSERT ... ON DUPLICATE KEY UPDATE): our own clock
  // keeps them in production; the digest only reads them.

  @Inject DailyDigest dailyDigest;
  @Inject DigestSettings digestSettings;

  /** Monday 10 March 2031, 07:00 in Brussels: the digest's morning. */
  private static final Instant DIGEST_MORNING =
      LocalDate.of(2031, 3, 10).atTime(7, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant();

  @Test
  void theDailyDigestTellsEachSupportUserTheirDueItemsAndTheUnassignedOnesOnceADay()
      throws Exception {
    UserAccount anna = newSupportUser("anna");
    UserAccount bert = newSupportUser("bert");
    UserAccount carl = newSupportUser("carl");
    Request overdue = requestBy(confirmed(unique("digest") + "@example.org"));
    Request dueToday = requestBy(confirmed(unique("digest") + "@example.org"));
    Request dueTomorrow = requestBy(confirmed(unique("digest") + "@example.org"));
    Request bertsOverdue = requestBy(confirmed(unique("digest") + "@example.org"));
    Request unassignedOverdue = requestBy(confirmed(unique("digest") + "@example.org"));
    assign(overdue, anna);
    assign(dueToday, anna);
    assign(dueTomorrow, anna);
    assign(bertsOverdue, bert);
    assign(unassignedOverdue, null);
    nextDue(overdue, DIGEST_MORNING.minus(Duration.ofDays(3)), "ACKNOWLEDGE");
    nextDue(dueToday, DIGEST_MORNING.plus(Duration.ofHours(9)), "ANSWER");
    nextDue(dueTomorrow, DIGEST_MORNING.plus(Duration.ofDays(1)), "FORWARD");
    nextDue(bertsOverdue, DIGEST_MORNING.minus(Duration.ofDays(1)), "FORWARD");
    nextDue(unassignedOverdue, DIGEST_MORNING.minus(Duration.ofHours(2)), "FORWARD");
    failedMail();
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO digest_setting (recipient_kind, recipient_key, enabled,"
                + " changed_at, changed_by, version) VALUES ('USER', ?, FALSE, ?, ?, 1)")
        .setParameter(1, carl.getUsername())
        .setParameter(2, LocalDate.of(2031, 1, 1).atStartOfDay())
        .setParameter(3, carl.getUsername())
        .executeUpdate();
    em.createNativeQuery("UPDATE user_account SET mail_language = 'EN' WHERE username = ?")
        .setParameter(1, anna.getUsername())
        .executeUpdate();
    tx.commit();

    dailyDigest.run(DIGEST_MORNING);

    List<OutboxMessage> annas = digestsTo(anna.getEmail());
    assertThat(annas).hasSize(1);
    assertThat(annas.get(0).getPurpose()).isEqualTo("DAILY_DIGEST_STAFF");
    // in the language anna chose for her mails; bert chose none: the provider's staff language
    assertThat(annas.get(0).getSubject()).contains("10 March 2031");
    assertThat(annas.get(0).toMail().body())
        .contains(ref(overdue), ref(dueToday), ref(unassignedOverdue))
        .contains("/staff/request.xhtml?id=" + overdue.getId())
        .contains("OVERDUE")
        .contains("DIGEST_IT_FAILED")
        .contains("/staff/outbox.xhtml")
        .doesNotContain(ref(dueTomorrow))
        .doesNotContain(ref(bertsOverdue))
        // no data subject's name nor address
        .doesNotContain("Jan Jansen")
        .doesNotContain("@example.org");
    assertThat(digestsTo(bert.getEmail()).get(0).getSubject()).contains("10 maart 2031");
    assertThat(digestsTo(bert.getEmail()).get(0).toMail().body())
        .contains("TE LAAT")
        .contains(ref(bertsOverdue), ref(unassignedOverdue))
        .doesNotContain(ref(overdue));
    assertThat(digestsTo(carl.getEmail())).as("carl switched his digest off").isEmpty();

    dailyDigest.run(DIGEST_MORNING.plus(Duration.ofHours(2)));
    assertThat(digestsTo(anna.getEmail())).as("once a day").hasSize(1);

    dailyDigest.run(DIGEST_MORNING.plus(Duration.ofDays(1)));
    assertThat(digestsTo(anna.getEmail())).as("the next day, a new one").hasSize(2);
  }

  @Test
  void theCustomersDigestListsWhatAwaitsAcknowledgementAndTheDeadlinesOfTheNextSevenDays()
      throws Exception {
    Customer ours = newCustomerWithRate("90.00");
    Customer other = newCustomerWithRate("90.00");
    // art. 12(3) from receipt: 13 Feb -> Thu 13 March (+3), 14 Feb -> Fri 14 March (+4),
    // 18 Feb -> Tue 18 March (+8: not in the next 7 days)
    Request awaiting = forwardedTo(ours, LocalDate.of(2031, 2, 13), false);
    Request dueInFour = forwardedTo(ours, LocalDate.of(2031, 2, 14), true);
    Request dueInEight = forwardedTo(ours, LocalDate.of(2031, 2, 18), true);
    Request othersAwaiting = forwardedTo(other, LocalDate.of(2031, 2, 13), false);

    dailyDigest.run(DIGEST_MORNING);

    List<OutboxMessage> ourDigests = digestsTo(ours.getPrivacyContactEmail());
    assertThat(ourDigests).hasSize(1);
    assertThat(ourDigests.get(0).getPurpose()).isEqualTo("DAILY_DIGEST_CUSTOMER");
    String body = ourDigests.get(0).toMail().body();
    assertThat(body)
        .contains(ref(awaiting), ref(dueInFour))
        .contains("13 March 2031", "14 March 2031")
        .contains("/customer/request.xhtml?id=" + dueInFour.getId())
        .doesNotContain(ref(dueInEight))
        .doesNotContain(ref(othersAwaiting))
        .doesNotContain("Jan Jansen");
    assertThat(body.indexOf(ref(awaiting))).isLessThan(body.indexOf("GDPR art. 12(3)"));
    assertThat(digestsTo(other.getPrivacyContactEmail()).get(0).toMail().body())
        .contains(ref(othersAwaiting))
        .doesNotContain(ref(awaiting));

    dailyDigest.run(DIGEST_MORNING);
    assertThat(digestsTo(ours.getPrivacyContactEmail())).hasSize(1);
  }

  @Test
  void digestSwitchesAreKeptPerUserAndPerCustomerAndAudited() throws Exception {
    asSupport.run(() -> digestSettings.chooseOwn(false, Language.FR));
    assertThat(asSupport.call(() -> digestSettings.own()))
        .isEqualTo(new DigestSettings.Choice(false, Language.FR));
    asSupport.run(() -> digestSettings.chooseOwn(true, Language.NL));
    assertThat(asSupport.call(() -> digestSettings.own()).enabled()).isTrue();

    asKroonAdmin.run(() -> digestSettings.chooseCustomerDigest(false));
    assertThat(asKroonAdmin.call(() -> digestSettings.customerDigestEnabled())).isFalse();
    asKroonAdmin.run(() -> digestSettings.chooseCustomerDigest(true));
    assertThat(asKroonAdmin.call(() -> digestSettings.customerDigestEnabled())).isTrue();

    assertThat(
            em.createQuery(
                    "SELECT a FROM AuditEntry a WHERE a.actor IN ('support', 'kroon')"
                        + " AND a.action IN :actions",
                    AuditEntry.class)
                .setParameter(
                    "actions",
                    List.of(
                        AuditAction.DIGEST_SETTING_CHANGED, AuditAction.CUSTOMER_DIGEST_CHANGED))
                .getResultList())
        .hasSizeGreaterThanOrEqualTo(4);
    assertThatThrownBy(() -> asAcme.call(() -> digestSettings.customerDigestEnabled()))
        .satisfies(ServicesIT::isAccessDenied);
  }

  private UserAccount newSupportUser(String prefix) throws Exception {
    String username = unique(prefix);
    tx.begin();
    UserAccount user =
        UserAccount.staff(
            username,
            prefix,
            username + "@provider.example",
            "not-a-hash",
            EnumSet.of(Role.SUPPORT),
            Instant.now());
    em.persist(user);
    tx.commit();
    return user;
  }

  /** Assigns the request (to nobody: leaves it unassigned). */
  private void assign(Request request, UserAccount to) throws Exception {
    if (to == null) {
      return;
    }
    tx.begin();
    Assignment assignment = em.find(Assignment.class, request.getId());
    if (assignment == null) {
      em.persist(new Assignment(request.getId(), to.getUsername(), "it", Instant.now()));
    } else {
      assignment.reassign(to.getUsername(), "it", Instant.now());
    }
    tx.commit();
  }

  private void nextDue(Request request, Instant at, String kind) throws Exception {
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO request_deadline (request_id, next_due_at, next_due_kind, computed_at)"
                + " VALUES (?, ?, ?, UTC_TIMESTAMP(6))"
                + " ON DUPLICATE KEY UPDATE next_due_at = VALUES(next_due_at),"
                + " next_due_kind = VALUES(next_due_kind)")
        .setParameter(1, request.getId())
        .setParameter(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(3, kind)
        .executeUpdate();
    tx.commit();
  }

  private void failedMail() throws Exception {
    tx.begin();
    OutboxMessage failed =
        new OutboxMessage(
            new MailMessage("nobody@example.invalid", "s", "b", "DIGEST_IT_FAILED"), Instant.now());
    failed.attemptFailed("550 no such user", Instant.now(), 1);
    em.persist(failed);
    tx.commit();
  }

  /** A request received on that day, forwarded to the customer, acknowledged or not. */
  private Request forwardedTo(Customer customer, LocalDate received, boolean acknowledged)
      throws Exception {
    Request request = requestBy(confirmed(unique("digest") + "@example.org"));
    asSupport.call(() -> routing.forward(request.getId(), customer.getId()));
    tx.begin();
    em.createNativeQuery("UPDATE request SET received_at = ? WHERE id = ?")
        .setParameter(1, received.atTime(10, 0))
        .setParameter(2, request.getId())
        .executeUpdate();
    if (acknowledged) {
      em.createNativeQuery(
              "UPDATE forwarding SET acknowledged_at = ?, acknowledged_by = 'it'"
                  + " WHERE request_id = ? AND withdrawn_at IS NULL AND returned_at IS NULL")
          .setParameter(1, received.atTime(12, 0))
          .setParameter(2, request.getId())
          .executeUpdate();
    }
    tx.commit();
    return request;
  }

  private List<OutboxMessage> digestsTo(String email) {
    return outboxTo(email).stream().filter(m -> m.getPurpose().startsWith("DAILY_DIGEST")).toList();
  }

  private static String ref(Request request) {
    return request.getReference().value();
  }

  private static void isAccessDenied(Throwable thrown) {
    Throwable t = thrown;
    while (t != null && !(t instanceof EJBAccessException)) {
      t = t.getCause();
    }
    assertThat(t).as("an EJBAccessException in " + thrown).isNotNull();
  }

  private long newTask(Request request, Customer customer) throws Exception {
    tx.begin();
    AssistanceTask task =
        AssistanceTask.requested(
            request.getId(), customer.getId(), "Please help", "acme-test", Instant.now());
    em.persist(task);
    tx.commit();
    return task.getId();
  }

  private Customer newCustomerWithRate(String rate) throws Exception {
    tx.begin();
    Customer customer =
        new Customer(
            unique("Customer"),
            "Contact",
            unique("dpo") + "@example.org",
            "Public contact",
            Language.EN,
            Instant.now());
    em.persist(customer);
    em.flush();
    em.persist(
        new Contract(
            customer, LocalDate.of(2020, 1, 1), new BigDecimal(rate), new BigDecimal("21")));
    tx.commit();
    return customer;
  }

  private Customer customerNamed(String name) {
    return em.createQuery("SELECT c FROM Customer c WHERE c.name = :n", Customer.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  /**
   * A request from the form, confirmed as its subject would: with the token from the link in the
   * mail they got.
   */
  private RequestReference confirmed(String email) {
    RequestReference reference =
        submissions.submit(submission(email), Channel.WEB_FORM, "web:" + UUID.randomUUID());
    String token = tokenInMail(email, "/intake/verify.xhtml", reference);
    assertThat(submissions.verify(reference.value(), token)).isEqualTo(Verification.VERIFIED);
    return reference;
  }

  /** The token of the link to a page in the mail the subject got for a request. */
  private String tokenInMail(String email, String page, RequestReference reference) {
    String body = outboxTo(email).get(0).toMail().body();
    Matcher token =
        Pattern.compile(Pattern.quote(page + "?ref=" + reference.value() + "&token=") + "([\\w-]+)")
            .matcher(body);
    assertThat(token.find()).as("a link to " + page + " in the mail").isTrue();
    return token.group(1);
  }

  private Request requestBy(RequestReference reference) {
    em.clear();
    return em.createQuery("SELECT r FROM Request r WHERE r.reference = :ref", Request.class)
        .setParameter("ref", reference)
        .getSingleResult();
  }

  private List<OutboxMessage> outboxTo(String email) {
    em.clear();
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.recipient = :r", OutboxMessage.class)
        .setParameter("r", email)
        .getResultList();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static RequestSubmission submission(String email) {
    RequestSubmission s = new RequestSubmission();
    s.setName("Jan Jansen");
    s.setEmail(email);
    s.setOrganisation("Acme");
    s.setRight("ACCESS");
    s.setDescription("Please send me a copy of my data.");
    s.setLanguage("nl");
    return s;
  }
}

package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.assistance.application.AssistanceDesk;
import eu.dsrportal.assistance.application.CustomerTaskWork;
import eu.dsrportal.assistance.application.CustomerTasks;
import eu.dsrportal.assistance.application.TaskActions;
import eu.dsrportal.assistance.application.TaskDesk;
import eu.dsrportal.assistance.application.TaskFiles;
import eu.dsrportal.assistance.application.TaskWork;
import eu.dsrportal.audit.application.AuditFilter;
import eu.dsrportal.audit.application.AuditTrail;
import eu.dsrportal.audit.application.RequestTrailObjects;
import eu.dsrportal.billing.application.Invoicing;
import eu.dsrportal.breach.application.BreachForm;
import eu.dsrportal.breach.application.BreachNotices;
import eu.dsrportal.breach.application.BreachRegister;
import eu.dsrportal.breach.application.CustomerBreachNotices;
import eu.dsrportal.customer.application.ContractAdministration;
import eu.dsrportal.customer.application.ContractVersionForm;
import eu.dsrportal.customer.application.CustomerAdministration;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.application.CustomerRegistration;
import eu.dsrportal.digest.application.DigestSettings;
import eu.dsrportal.identity.application.ApiTokens;
import eu.dsrportal.identity.application.CustomerUserAdministration;
import eu.dsrportal.identity.application.LoginMonitor;
import eu.dsrportal.identity.application.NewAccount;
import eu.dsrportal.identity.application.PasswordChanges;
import eu.dsrportal.identity.application.SecondFactors;
import eu.dsrportal.identity.application.StaffDirectory;
import eu.dsrportal.identity.application.UserAdministration;
import eu.dsrportal.intake.application.Attachments;
import eu.dsrportal.intake.application.RequestClosing;
import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.application.StaffEntry;
import eu.dsrportal.intake.application.SubjectSubmissions;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.routing.application.CustomerMatching;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.routing.application.RequestBulk;
import eu.dsrportal.routing.application.RequestCriteria;
import eu.dsrportal.routing.application.RequestRouting;
import eu.dsrportal.routing.application.RequestSearch;
import eu.dsrportal.routing.application.RequestTeamwork;
import eu.dsrportal.routing.application.SubjectStatus;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.testing.callers.AsAdmin;
import eu.dsrportal.testing.callers.AsBilling;
import eu.dsrportal.testing.callers.AsCustomer;
import eu.dsrportal.testing.callers.AsCustomerAdmin;
import eu.dsrportal.testing.callers.AsSupport;
import eu.dsrportal.testing.callers.TestCallers;
import eu.dsrportal.testing.callers.TestCallers.ThrowingRunnable;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks the role matrix of docs/security.md: every application service method, called by an
 * anonymous caller and by each role alone, is refused exactly to the roles not listed for it.
 * (Calls use ids that do not exist: passing the role check and then finding nothing counts as
 * allowed.) Runs as a test of {@link ServicesIT}, which extends it, on that class's in-container
 * server: a class of its own would boot a Payara Micro of its own, some twenty seconds a run.
 */
public abstract class RoleMatrix {

  @Inject private SubjectSubmissions submissions;
  @Inject private StaffEntry staffEntry;
  @Inject private RequestQueries queries;
  @Inject private RequestClosing closing;
  @Inject private RequestRouting routing;
  @Inject private RequestSearch requestSearch;
  @Inject private RequestTeamwork teamwork;
  @Inject private RequestBulk bulk;
  @Inject private StaffDirectory staffDirectory;
  @Inject private ApiTokens apiTokens;
  @Inject private CustomerRequests customerRequests;
  @Inject private CustomerDirectory customers;
  @Inject private AssistanceDesk desk;
  @Inject private Invoicing billing;
  @Inject private CustomerTasks customerTasks;
  @Inject private TaskWork taskWork;
  @Inject private CustomerTaskWork customerTaskWork;
  @Inject private TaskFiles taskFiles;
  @Inject private TaskDesk taskDesk;
  @Inject private TaskActions taskActions;
  @Inject private Outbox outbox;
  @Inject private LoginMonitor loginMonitor;
  @Inject private PasswordChanges passwords;
  @Inject private UserAdministration users;
  @Inject private AuditTrail auditTrail;
  @Inject private RequestTrailObjects requestTrail; // RequestTrail, seen through its port
  @Inject private AsSupport support;
  @Inject private AsBilling billingStaff;
  @Inject private AsAdmin admin;
  @Inject private AsCustomer customer;
  @Inject private AsCustomerAdmin customerAdmin;
  @Inject private SubjectStatus subjectStatus;
  @Inject private Attachments attachments;
  @Inject private SecondFactors secondFactors;
  @Inject private CustomerUserAdministration customerUsers;
  @Inject private CustomerAdministration customerAdministration;
  @Inject private ContractAdministration contractAdministration;
  @Inject private CustomerMatching customerMatching;
  @Inject private BreachRegister breachRegister;
  @Inject private BreachNotices breachNotices;
  @Inject private CustomerBreachNotices customerBreachNotices;
  @Inject private DigestSettings digestSettings;

  private static final String ANYONE = "anonymous";

  @Test
  void eachServiceMethodIsOpenToExactlyItsRoles() throws Exception {
    Map<String, ThrowingRunnable> calls = new LinkedHashMap<>();
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    Set<String> all = Set.of(ANYONE, "SUPPORT", "BILLING", "ADMIN", "CUSTOMER", "CUSTOMER_ADMIN");
    Set<String> supportAdmin = Set.of("SUPPORT", "ADMIN");

    add(
        calls,
        expected,
        "RequestQueries.findBySubmissionKey",
        all,
        () -> queries.findBySubmissionKey("none"));
    add(
        calls,
        expected,
        "StaffEntry.enter",
        supportAdmin,
        () -> staffEntry.enter(new RequestSubmission(), Channel.LETTER, LocalDate.now(), "none"));
    add(
        calls,
        expected,
        "RequestSearch.search",
        supportAdmin,
        () -> requestSearch.search(RequestCriteria.all(), null, 1));
    add(calls, expected, "RequestTeamwork.take", supportAdmin, () -> teamwork.take(-1));
    add(calls, expected, "RequestTeamwork.notes", supportAdmin, () -> teamwork.notes(-1));
    add(
        calls,
        expected,
        "RequestBulk.closeAsSpam",
        supportAdmin,
        () -> bulk.closeAsSpam(List.of()));
    add(
        calls,
        expected,
        "StaffDirectory.supportTeam",
        supportAdmin,
        () -> staffDirectory.supportTeam());
    Set<String> staff = Set.of("SUPPORT", "BILLING", "ADMIN");
    add(calls, expected, "ApiTokens.own", staff, () -> apiTokens.own());
    add(calls, expected, "ApiTokens.create", staff, () -> apiTokens.create("", null));
    add(calls, expected, "ApiTokens.revoke", staff, () -> apiTokens.revoke(-1));
    add(calls, expected, "RequestRouting.request", supportAdmin, () -> routing.request(-1));
    add(
        calls,
        expected,
        "RequestRouting.forwardingOf",
        supportAdmin,
        () -> routing.forwardingOf(-1));
    add(calls, expected, "RequestRouting.forward", supportAdmin, () -> routing.forward(-1, -1));
    add(
        calls,
        expected,
        "RequestClosing.close",
        supportAdmin,
        () -> closing.close(-1, CloseReason.DUPLICATE));
    add(
        calls,
        expected,
        "SubjectSubmissions.verify",
        all,
        () -> submissions.verify("DSR-2026-000000", "x"));
    add(calls, expected, "SubjectStatus.find", all, () -> subjectStatus.find("x", "y"));
    add(calls, expected, "Attachments.ofRequest", supportAdmin, () -> attachments.ofRequest(-1));
    add(calls, expected, "Attachments.open", supportAdmin, () -> attachments.open(-1));
    add(
        calls,
        expected,
        "CustomerDirectory.page",
        Set.of("SUPPORT", "BILLING", "ADMIN"),
        () -> customers.page("x", null, true, 0, 10));
    add(
        calls,
        expected,
        "CustomerDirectory.all",
        Set.of("SUPPORT", "BILLING", "ADMIN"),
        () -> customers.all());
    add(
        calls,
        expected,
        "CustomerDirectory.find",
        Set.of("SUPPORT", "BILLING", "ADMIN"),
        () -> customers.find(-1));
    add(
        calls,
        expected,
        "CustomerDirectory.contractInForce",
        Set.of("SUPPORT", "BILLING", "ADMIN"),
        () -> customers.contractInForce(-1, LocalDate.now()));
    add(calls, expected, "Invoicing.runs", Set.of("BILLING", "ADMIN"), () -> billing.runs());
    add(calls, expected, "AssistanceDesk.ask", Set.of("CUSTOMER"), () -> desk.ask(-1, "help"));
    add(calls, expected, "AssistanceDesk.ownTasks", Set.of("CUSTOMER"), () -> desk.ownTasks(-1));
    add(
        calls,
        expected,
        "AssistanceDesk.tasksOfRequest",
        supportAdmin,
        () -> desk.tasksOfRequest(-1));
    add(calls, expected, "AssistanceDesk.accept", supportAdmin, () -> desk.accept(-1, "t"));
    add(
        calls,
        expected,
        "AssistanceDesk.logTime",
        supportAdmin,
        () -> desk.logTime(-1, LocalDate.now(), 5, "d"));
    add(calls, expected, "AssistanceDesk.complete", supportAdmin, () -> desk.complete(-1));
    // issue 12, time entries, items and files (docs/time-and-items.md)
    add(calls, expected, "TaskWork.work", supportAdmin, () -> taskWork.work(-1));
    add(
        calls,
        expected,
        "TaskWork.logTime",
        supportAdmin,
        () -> taskWork.logTime(-1, LocalDate.now(), 5, "d"));
    add(calls, expected, "TaskWork.deleteTime", supportAdmin, () -> taskWork.deleteTime(-1, 0));
    add(calls, expected, "TaskWork.deleteItem", supportAdmin, () -> taskWork.deleteItem(-1, 0));
    add(
        calls,
        expected,
        "CustomerTaskWork.work",
        Set.of("CUSTOMER"),
        () -> customerTaskWork.work(-1));
    add(calls, expected, "TaskFiles.openForStaff", supportAdmin, () -> taskFiles.openForStaff(-1));
    add(
        calls,
        expected,
        "TaskFiles.openForCustomer",
        Set.of("CUSTOMER"),
        () -> taskFiles.openForCustomer(-1));
    // issue 12, the task's life (docs/assistance.md)
    add(calls, expected, "CustomerTasks.list", Set.of("CUSTOMER"), () -> customerTasks.list(0));
    add(calls, expected, "CustomerTasks.find", Set.of("CUSTOMER"), () -> customerTasks.find(-1));
    add(
        calls,
        expected,
        "CustomerTasks.withdraw",
        Set.of("CUSTOMER"),
        () -> customerTasks.withdraw(-1));
    add(
        calls,
        expected,
        "CustomerTasks.approveEstimate",
        Set.of("CUSTOMER"),
        () -> customerTasks.approveEstimate(-1));
    add(
        calls,
        expected,
        "TaskDesk.search",
        supportAdmin,
        () -> taskDesk.search(new TaskDesk.Filter(null, null, null), 0));
    add(calls, expected, "TaskActions.refuse", supportAdmin, () -> taskActions.refuse(-1, "r"));
    add(
        calls,
        expected,
        "TaskActions.approveBeyondAgreement",
        Set.of("ADMIN"),
        () -> taskActions.approveBeyondAgreement(-1));
    add(
        calls,
        expected,
        "CustomerRequests.list",
        Set.of("CUSTOMER"),
        () -> customerRequests.list());
    add(
        calls,
        expected,
        "CustomerRequests.search",
        Set.of("CUSTOMER"),
        () -> customerRequests.search(null, null, null, null, null, 1));
    add(
        calls,
        expected,
        "CustomerRequests.find",
        Set.of("CUSTOMER"),
        () -> customerRequests.find(-1));
    add(
        calls,
        expected,
        "CustomerRequests.acknowledge",
        Set.of("CUSTOMER"),
        () -> customerRequests.acknowledge(-1));
    add(calls, expected, "Outbox.undelivered", supportAdmin, () -> outbox.undelivered());
    add(calls, expected, "Outbox.retry", supportAdmin, () -> outbox.retry(-1));
    add(
        calls,
        expected,
        "LoginMonitor.recentFailures",
        Set.of("ADMIN"),
        () -> loginMonitor.recentFailures());
    add(calls, expected, "LoginMonitor.throttled", Set.of("ADMIN"), () -> loginMonitor.throttled());
    add(
        calls,
        expected,
        "LoginMonitor.clearFailures",
        Set.of("ADMIN"),
        () -> loginMonitor.clearFailures(-1));

    Set<String> staffAndCustomers = Set.of("SUPPORT", "BILLING", "ADMIN", "CUSTOMER");
    add(
        calls,
        expected,
        "PasswordChanges.changeOwn",
        staffAndCustomers,
        () -> passwords.changeOwn("not-the-password", "x"));
    add(
        calls,
        expected,
        "PasswordChanges.resetByAdmin",
        Set.of("ADMIN"),
        () -> passwords.resetByAdmin(-1));
    add(calls, expected, "UserAdministration.all", Set.of("ADMIN"), () -> users.all());
    add(
        calls,
        expected,
        "UserAdministration.create",
        Set.of("ADMIN"),
        () -> users.create(new NewAccount()));
    add(calls, expected, "UserAdministration.disable", Set.of("ADMIN"), () -> users.disable(-1));
    add(calls, expected, "UserAdministration.enable", Set.of("ADMIN"), () -> users.enable(-1));
    add(calls, expected, "UserAdministration.find", Set.of("ADMIN"), () -> users.find(-1));
    add(
        calls,
        expected,
        "UserAdministration.changeRoles",
        Set.of("ADMIN"),
        () -> users.changeRoles(-1, Set.of()));
    add(
        calls,
        expected,
        "SecondFactors.ownIsEnrolled",
        staffAndCustomers,
        () -> secondFactors.ownIsEnrolled());
    add(
        calls,
        expected,
        "SecondFactors.newEnrolment",
        staffAndCustomers,
        () -> secondFactors.newEnrolment());
    add(
        calls,
        expected,
        "SecondFactors.enrol",
        staffAndCustomers,
        () -> secondFactors.enrol("not a secret", "000000"));
    add(
        calls,
        expected,
        "SecondFactors.removeOwn",
        staffAndCustomers,
        () -> secondFactors.removeOwn("000000x"));
    add(
        calls,
        expected,
        "SecondFactors.resetByAdmin",
        Set.of("ADMIN"),
        () -> secondFactors.resetByAdmin(-1));
    Set<String> customerAdmins = Set.of("CUSTOMER_ADMIN");
    // the daily digest's switches (issue 11)
    add(calls, expected, "DigestSettings.own", Set.of("SUPPORT"), () -> digestSettings.own());
    add(
        calls,
        expected,
        "DigestSettings.chooseOwn",
        Set.of("SUPPORT"),
        () -> digestSettings.chooseOwn(true, Language.DEFAULT));
    add(
        calls,
        expected,
        "DigestSettings.customerDigestEnabled",
        customerAdmins,
        () -> digestSettings.customerDigestEnabled());
    add(
        calls,
        expected,
        "DigestSettings.chooseCustomerDigest",
        customerAdmins,
        () -> digestSettings.chooseCustomerDigest(true));
    add(calls, expected, "CustomerUserAdministration.all", customerAdmins, customerUsers::all);
    add(
        calls,
        expected,
        "CustomerUserAdministration.create",
        customerAdmins,
        () -> customerUsers.create(new NewAccount(), false));
    add(
        calls,
        expected,
        "CustomerUserAdministration.setCustomerAdmin",
        customerAdmins,
        () -> customerUsers.setCustomerAdmin(-1, true));
    add(
        calls,
        expected,
        "CustomerUserAdministration.disable",
        customerAdmins,
        () -> customerUsers.disable(-1));
    add(
        calls,
        expected,
        "CustomerUserAdministration.enable",
        customerAdmins,
        () -> customerUsers.enable(-1));
    add(
        calls,
        expected,
        "CustomerUserAdministration.resetPassword",
        customerAdmins,
        () -> customerUsers.resetPassword(-1));
    add(
        calls,
        expected,
        "CustomerUserAdministration.secondFactorRequired",
        customerAdmins,
        customerUsers::secondFactorRequired);
    add(
        calls,
        expected,
        "CustomerUserAdministration.requireSecondFactor",
        customerAdmins,
        () -> customerUsers.requireSecondFactor(false));
    add(
        calls,
        expected,
        "CustomerAdministration.register",
        Set.of("ADMIN"),
        () -> customerAdministration.register(new CustomerRegistration()));
    add(
        calls,
        expected,
        "CustomerAdministration.update",
        Set.of("ADMIN"),
        () -> customerAdministration.update(-1, new CustomerRegistration()));
    add(
        calls,
        expected,
        "CustomerAdministration.saveByExternalId",
        Set.of("ADMIN"),
        () -> customerAdministration.saveByExternalId("x", new CustomerRegistration()));
    add(
        calls,
        expected,
        "CustomerAdministration.addContract",
        Set.of("ADMIN"),
        () ->
            customerAdministration.addContract(
                -1, java.time.LocalDate.now(), java.math.BigDecimal.TEN, java.math.BigDecimal.TEN));
    // issue 12, contracts: billing staff and administrators
    Set<String> billingAdmin = Set.of("BILLING", "ADMIN");
    add(
        calls,
        expected,
        "ContractAdministration.overview",
        billingAdmin,
        () -> contractAdministration.overview());
    add(
        calls,
        expected,
        "ContractAdministration.versions",
        billingAdmin,
        () -> contractAdministration.versions(-1));
    add(
        calls,
        expected,
        "ContractAdministration.addVersion",
        billingAdmin,
        () -> contractAdministration.addVersion(-1, new ContractVersionForm()));
    add(
        calls,
        expected,
        "ContractAdministration.deleteVersion",
        billingAdmin,
        () -> contractAdministration.deleteVersion(-1, -1));
    add(
        calls,
        expected,
        "ContractAdministration.saveBilling",
        billingAdmin,
        () -> contractAdministration.saveBilling(-1, null, null, null, null));
    add(
        calls,
        expected,
        "CustomerMatching.search",
        supportAdmin,
        () -> customerMatching.search("acme", 5));
    add(
        calls,
        expected,
        "CustomerMatching.suggest",
        supportAdmin,
        () -> customerMatching.suggest(-1, 5));
    add(
        calls,
        expected,
        "AuditTrail.search",
        Set.of("ADMIN"),
        () -> auditTrail.search(new AuditFilter()));
    add(calls, expected, "AuditTrail.verifyChain", Set.of("ADMIN"), () -> auditTrail.verifyChain());
    add(calls, expected, "AuditTrail.head", Set.of("ADMIN"), () -> auditTrail.head());
    add(
        calls,
        expected,
        "AuditTrail.recentSessions",
        Set.of("ADMIN"),
        () -> auditTrail.recentSessions());
    add(
        calls,
        expected,
        "RequestTrail.of",
        Set.of("ADMIN"),
        () -> requestTrail.of("DSR-2026-999999"));
    // the breach register (issue 11): administrators keep it, customers read their notices
    Set<String> admins = Set.of("ADMIN");
    add(calls, expected, "BreachRegister.list", admins, () -> breachRegister.list(true));
    add(calls, expected, "BreachRegister.find", admins, () -> breachRegister.find(-1));
    add(
        calls,
        expected,
        "BreachRegister.record",
        admins,
        () -> breachRegister.record(new BreachForm()));
    add(
        calls,
        expected,
        "BreachRegister.revise",
        admins,
        () -> breachRegister.revise(-1, 1, new BreachForm()));
    add(calls, expected, "BreachRegister.customers", admins, () -> breachRegister.customers());
    add(
        calls,
        expected,
        "BreachRegister.customerNames",
        admins,
        () -> breachRegister.customerNames(List.of(-1L)));
    add(calls, expected, "BreachNotices.recipients", admins, () -> breachNotices.recipients(-1));
    add(calls, expected, "BreachNotices.sent", admins, () -> breachNotices.sent(-1));
    add(
        calls,
        expected,
        "BreachNotices.send",
        admins,
        () -> breachNotices.send(-1, 1, Set.of(-1L)));
    add(
        calls,
        expected,
        "CustomerBreachNotices.list",
        Set.of("CUSTOMER"),
        () -> customerBreachNotices.list());
    add(
        calls,
        expected,
        "CustomerBreachNotices.find",
        Set.of("CUSTOMER"),
        () -> customerBreachNotices.find(-1));

    Map<String, TestCallers> callers = new LinkedHashMap<>();
    callers.put(ANYONE, null);
    callers.put("SUPPORT", support);
    callers.put("BILLING", billingStaff);
    callers.put("ADMIN", admin);
    callers.put("CUSTOMER", customer);
    callers.put("CUSTOMER_ADMIN", customerAdmin);

    List<String> mismatches = new ArrayList<>();
    for (var call : calls.entrySet()) {
      Set<String> allowed = new TreeSet<>();
      for (var caller : callers.entrySet()) {
        if (!denied(caller.getValue(), call.getValue())) {
          allowed.add(caller.getKey());
        }
      }
      if (!allowed.equals(new TreeSet<>(expected.get(call.getKey())))) {
        mismatches.add(
            call.getKey()
                + " allowed "
                + allowed
                + ", expected "
                + new TreeSet<>(expected.get(call.getKey())));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static void add(
      Map<String, ThrowingRunnable> calls,
      Map<String, Set<String>> expected,
      String name,
      Set<String> roles,
      ThrowingRunnable call) {
    calls.put(name, call);
    expected.put(name, roles);
  }

  private static boolean denied(TestCallers caller, ThrowingRunnable call) {
    try {
      if (caller == null) {
        call.run();
      } else {
        caller.run(call);
      }
      return false;
    } catch (Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof EJBAccessException) {
          return true;
        }
      }
      return false;
    }
  }
}

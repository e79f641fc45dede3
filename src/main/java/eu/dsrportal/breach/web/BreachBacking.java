package eu.dsrportal.breach.web;

import eu.dsrportal.breach.application.BreachForm;
import eu.dsrportal.breach.application.BreachNotices;
import eu.dsrportal.breach.application.BreachRegister;
import eu.dsrportal.breach.application.NoticeRecipient;
import eu.dsrportal.breach.domain.Breach;
import eu.dsrportal.breach.domain.BreachDetails.Problem;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.breach.domain.BreachStatus;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One breach for an administrator: recording or changing it, and sending its notice to affected
 * customers in two steps (choose, then confirm the named recipients), because the mail is about a
 * security incident and cannot be taken back. Who was told when is listed below.
 */
@Named
@ViewScoped
public class BreachBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient BreachRegister register;
  @Inject transient BreachNotices notices;
  @Inject transient ProviderTime time;

  private Long id;
  private int revision;
  private BreachForm form;
  private List<Customer> customers = List.of();
  private List<NoticeRecipient> recipients = List.of();
  private List<BreachNotice> sent = List.of();
  private List<Long> chosen = new ArrayList<>();
  private boolean confirming;

  public void load() {
    customers = register.customers();
    if (id == null) {
      form = new BreachForm();
      form.setDiscoveredOn(time.today());
      form.setDiscoveredTime(
          time.now().atZone(time.zone()).toLocalTime().withSecond(0).withNano(0));
      return;
    }
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  private void refresh() {
    Breach breach = register.find(id);
    revision = breach.getRevision();
    form = BreachForm.of(breach, time.zone());
    recipients = notices.recipients(id);
    sent = notices.sent(id);
  }

  public String save() {
    List<Problem> problems =
        form.details(time.zone()).problems(form.customerSet(), time.now(), time.zone());
    if (!problems.isEmpty()) {
      problems.forEach(p -> Messages.errorOn("breach:" + p.field(), p.messageKey()));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    boolean created = id == null;
    try {
      if (created) {
        id = register.record(form);
      } else {
        register.revise(id, revision, form);
      }
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      if ("breach.error.changedMeanwhile".equals(e.messageKey())) {
        // the page shows the current version, as the message says
        refresh();
      }
      return null;
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      return null;
    }
    Messages.info(created ? "breach.recorded" : "breach.saved");
    Messages.keepForRedirect();
    return "/admin/breach?faces-redirect=true&id=" + id;
  }

  /** Step one: the customers chosen; the page then names each recipient before anything is sent. */
  public void check() {
    if (chosen.isEmpty()) {
      Messages.errorOn("notify:chosen", "breach.notice.error.noneChosen");
      return;
    }
    if (getChosenRecipients().stream().anyMatch(NoticeRecipient::toldOfThisRevision)) {
      Messages.errorOn("notify:chosen", "breach.notice.error.alreadySent");
      return;
    }
    confirming = true;
  }

  public void cancel() {
    confirming = false;
  }

  /** Step two: sends, as checked; refused when the breach changed since the page showed it. */
  public void send() {
    if (!confirming || chosen.isEmpty()) {
      Messages.error("action.error.unavailable");
      return;
    }
    try {
      int count = notices.send(id, revision, new LinkedHashSet<>(chosen)).size();
      Messages.info("breach.notice.sent", count);
      chosen = new ArrayList<>();
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
    }
    confirming = false;
    refresh();
  }

  public List<NoticeRecipient> getChosenRecipients() {
    return recipients.stream().filter(r -> chosen.contains(r.customerId())).toList();
  }

  public boolean isEditing() {
    return id != null;
  }

  public BreachStatus[] getStatuses() {
    return BreachStatus.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getRevision() {
    return revision;
  }

  public BreachForm getForm() {
    return form;
  }

  public List<Customer> getCustomers() {
    return customers;
  }

  public List<NoticeRecipient> getRecipients() {
    return recipients;
  }

  public List<BreachNotice> getSent() {
    return sent;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : chosen;
  }

  public boolean isConfirming() {
    return confirming;
  }
}

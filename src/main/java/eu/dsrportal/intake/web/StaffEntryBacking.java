package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.application.StaffEntry;
import eu.dsrportal.intake.application.Upload;
import eu.dsrportal.intake.domain.AuthorityDemand;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Support staff enter a request that arrived by e-mail, letter or phone, with the day it was
 * received. One submission key per form, as on the public form: it travels in the form (a hidden
 * field), so a double click, or a POST sent again after the first one's redirect ended the view
 * scope, finds the request (and its file) the first click stored.
 */
@Named
@ViewScoped
public class StaffEntryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient StaffEntry staffEntry;
  @Inject transient RequestQueries queries;
  @Inject ProviderTime time;

  private final RequestSubmission submission = new RequestSubmission();
  private static final Pattern SUBMISSION_KEY =
      Pattern.compile("staff:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private String submissionKey = "staff:" + UUID.randomUUID();
  private Channel channel = Channel.EMAIL;
  private LocalDate receivedOn;

  @PostConstruct
  void init() {
    receivedOn = time.today();
  }

  private RequestOrigin origin = RequestOrigin.DATA_SUBJECT;
  @PlainText private String authority;

  @PlainText(multiline = true)
  private String legalBasis;

  private boolean notificationForbidden;

  @PlainText(multiline = true)
  private String notificationForbiddenReason;

  public StaffEntryBacking() {
    submission.setLanguage(Language.DEFAULT.tag());
  }

  public String enter() {
    // the form's own key, also when this bean was made afresh during the request: another click's
    // redirect ended the view scope between this request's update and its action
    setSubmissionKey(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("entry:key"));
    RequestReference reference;
    try {
      AuthorityDemand demand =
          origin == RequestOrigin.AUTHORITY
              ? new AuthorityDemand(
                  authority, legalBasis, notificationForbidden, notificationForbiddenReason)
              : null;
      Upload upload = upload();
      reference =
          SubmissionKeyLocks.oneAtATime(
              submissionKey,
              () ->
                  staffEntry.enter(
                      submission, channel, receivedOn, submissionKey, origin, demand, upload));
    } catch (DomainRuleViolation e) {
      Messages.errorOn(FIELD_OF.getOrDefault(e.messageKey(), "entry:receivedOn"), e.messageKey());
      return null;
    }
    Request request = queries.byReference(reference.value()).orElseThrow();
    Messages.info("entry.done", reference.value());
    Messages.keepForRedirect();
    return "/staff/request?faces-redirect=true&id=" + request.getId();
  }

  private static final Map<String, String> FIELD_OF =
      Map.of(
          "entry.error.authority", "entry:authority",
          "entry.error.gagReason", "entry:gagReason",
          "entry.error.receivedOn", "entry:receivedOn",
          "entry.error.fileType", "entry:file",
          "entry.error.fileSize", "entry:file");

  /** The uploaded file, if any; not kept in the view (it is read when the form is sent). */
  private transient Part file;

  private Upload upload() {
    if (file == null || file.getSize() == 0) {
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      return new Upload(file.getSubmittedFileName(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form's submission key, written into the form as a hidden field. */
  public String getSubmissionKey() {
    return submissionKey;
  }

  /** The key the form came back with; anything but a key this form could have made is ignored. */
  public void setSubmissionKey(String key) {
    if (key != null && SUBMISSION_KEY.matcher(key).matches()) {
      submissionKey = key;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public RequestOrigin[] getOrigins() {
    return RequestOrigin.values();
  }

  public RequestOrigin getOrigin() {
    return origin;
  }

  public void setOrigin(RequestOrigin origin) {
    this.origin = origin;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public boolean isNotificationForbidden() {
    return notificationForbidden;
  }

  public void setNotificationForbidden(boolean notificationForbidden) {
    this.notificationForbidden = notificationForbidden;
  }

  public String getNotificationForbiddenReason() {
    return notificationForbiddenReason;
  }

  public void setNotificationForbiddenReason(String notificationForbiddenReason) {
    this.notificationForbiddenReason = notificationForbiddenReason;
  }

  public Channel[] getChannels() {
    return Channel.enteredByStaff();
  }

  public DataSubjectRight[] getRights() {
    return DataSubjectRight.values();
  }

  public SubjectRelation[] getRelations() {
    return SubjectRelation.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public LocalDate getToday() {
    return time.today();
  }

  public RequestSubmission getSubmission() {
    return submission;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}

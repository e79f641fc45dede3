package eu.dsrportal.inquiry.web;

import eu.dsrportal.inquiry.application.InquiryDesk;
import eu.dsrportal.inquiry.application.InquiryFiles.UploadedFile;
import eu.dsrportal.inquiry.application.InquiryView;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One inquiry for the support team: the extension with its reason (art. 8.5) and the answer with
 * its files. Each action asks again whether it is still possible (a colleague may have acted).
 */
@Named
@ViewScoped
public class StaffInquiryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InquiryDesk desk;

  private Long id;
  private InquiryView inquiry;

  @PlainText(multiline = true)
  @Size(max = Inquiry.REASON_LENGTH, message = "{request.tooLong}")
  private String reason;

  @PlainText(multiline = true)
  @Size(max = Inquiry.ANSWER_LENGTH, message = "{request.tooLong}")
  private String answer;

  /** The uploaded files; not kept in the view (they are read when the form is sent). */
  private transient List<Part> files;

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  public void extend() {
    if (inquiry == null || !inquiry.extendable()) {
      Messages.error("action.error.unavailable");
      refresh();
      return;
    }
    try {
      desk.extend(id, reason);
      reason = null;
      Messages.info("inquiry.extended");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  public void answer() {
    if (inquiry == null || !inquiry.isOpen()) {
      Messages.error("action.error.unavailable");
      refresh();
      return;
    }
    try {
      desk.answer(id, answer, uploads());
      answer = null;
      Messages.info("inquiry.answered");
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  private List<UploadedFile> uploads() {
    List<UploadedFile> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    for (Part part : files) {
      if (part.getSize() == 0) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        uploads.add(new UploadedFile(part.getSubmittedFileName(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }

  private void refresh() {
    inquiry = desk.find(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public InquiryView getInquiry() {
    return inquiry;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}

package eu.dsrportal.intake.application;

import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.OneOf;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a data subject submits, by the form or the API (the API's JSON has these names). Validated
 * with Bean Validation; messages are bundle keys in ValidationMessages.
 */
public class RequestSubmission {
  /** The checks for what subjects send themselves (form, API), beyond the default ones. */
  public interface FromSubject {}

  @NotBlank(message = "{request.name.required}")
  @Size(max = Request.NAME_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String name;

  /** Required from subjects (form, API); staff may enter a letter or call without one. */
  @NotBlank(message = "{request.email.required}", groups = FromSubject.class)
  @Size(max = Request.EMAIL_LENGTH, message = "{request.tooLong}")
  @Email(regexp = EmailAddress.PATTERN, message = "{request.email.invalid}")
  @PlainText
  private String email;

  @NotBlank(message = "{request.organisation.required}")
  @Size(max = Request.ORGANISATION_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String organisation;

  @NotNull(message = "{request.right.required}")
  @OneOf(value = DataSubjectRight.class, message = "{request.right.invalid}")
  private String right;

  @NotBlank(message = "{request.description.required}")
  @Size(max = Request.DESCRIPTION_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String description;

  @NotNull(message = "{request.language.required}")
  @OneOf(value = Language.class, lowerCase = true, message = "{request.language.invalid}")
  private String language;

  /** Optional: the service or product the subject used. */
  @Size(max = Request.SERVICE_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String service;

  /** Optional: one of {@link SubjectRelation}. */
  @OneOf(value = SubjectRelation.class, message = "{request.relation.invalid}")
  private String relation;

  /** Optional: the subject's customer or staff number at the organisation. */
  @Size(max = Request.REFERENCE_AT_ORGANISATION_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String subjectReference;

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation == null || relation.isBlank() ? null : relation;
  }

  public String getSubjectReference() {
    return subjectReference;
  }

  public void setSubjectReference(String subjectReference) {
    this.subjectReference = subjectReference;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getRight() {
    return right;
  }

  public void setRight(String right) {
    this.right = right;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}

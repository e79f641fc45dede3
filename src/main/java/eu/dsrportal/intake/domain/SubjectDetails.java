package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import java.util.Objects;

/**
 * What the data subject tells us, already validated; the e-mail address (for requests entered by
 * staff) and the last three are optional (null when not given).
 */
public record SubjectDetails(
    String name,
    String email,
    String organisation,
    DataSubjectRight right,
    String description,
    Language language,
    String serviceUsed,
    SubjectRelation relation,
    String referenceAtOrganisation) {

  public SubjectDetails {
    Objects.requireNonNull(name);
    Objects.requireNonNull(organisation);
    Objects.requireNonNull(right);
    Objects.requireNonNull(description);
    Objects.requireNonNull(language);
  }
}

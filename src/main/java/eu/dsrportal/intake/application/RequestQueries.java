package eu.dsrportal.intake.application;

import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReference;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finding a request by what the outside knows of it: its reference, or the key that sent it. */
@Stateless
@PermitAll
public class RequestQueries {

  @Inject RequestRecords records;

  /** The request with this reference, if the text is one. */
  public Optional<Request> byReference(String reference) {
    return records.byReference(reference);
  }

  /** The reference of the request a submission key created, if it did. */
  public Optional<RequestReference> findBySubmissionKey(String submissionKey) {
    return records.bySubmissionKey(submissionKey).map(Request::getReference);
  }
}

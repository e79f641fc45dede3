package eu.dsrportal.intake.application;

import eu.dsrportal.intake.application.SubjectSubmissions.Pending;
import eu.dsrportal.intake.application.SubjectSubmissions.Submitted;
import eu.dsrportal.shared.infrastructure.GroupCommit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's group commit of subjects' submissions ({@link GroupCommit}): submissions that
 * arrive while others are being stored are stored together, in one transaction.
 */
@ApplicationScoped
public class SubmissionGroups {

  @Inject
  @ConfigProperty(name = "intake.group-commit.max-requests")
  int maxRequests;

  @Inject
  @ConfigProperty(name = "intake.group-commit.max-transactions")
  int maxTransactions;

  private GroupCommit<Pending, Submitted> commit;

  @PostConstruct
  void configure() {
    commit = new GroupCommit<>(maxRequests, maxTransactions);
  }

  /** See {@link GroupCommit#store}. */
  public Submitted store(
      Pending pending,
      Function<List<Pending>, List<Submitted>> all,
      Function<Pending, Submitted> one) {
    return commit.store(pending, all, one);
  }
}

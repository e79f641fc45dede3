package eu.dsrportal.routing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The repair path of the stored deadlines, in a transaction: rows missing for open requests (from
 * before V21), and a whole customer's requests counted again.
 */
@Stateless
@PermitAll
public class DeadlineRepair {

  @Inject DeadlineKeeper keeper;

  /** Fills in the deadlines of up to {@code limit} open requests that have none stored. */
  public int repairMissing(int limit) {
    return keeper.repairMissing(limit);
  }

  /** Counts one request's deadline again. */
  public void recompute(long requestId) {
    keeper.recompute(requestId);
  }
}

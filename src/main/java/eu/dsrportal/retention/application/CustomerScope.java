package eu.dsrportal.retention.application;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What belongs to one customer, by id: the requests whose latest forwarding went to it, its
 * assistance tasks (and those on its requests), inquiries, contracts, users and invoices.
 */
record CustomerScope(
    long customerId,
    List<Long> requests,
    List<Long> tasks,
    List<Long> inquiries,
    List<Long> contracts,
    List<Long> users,
    List<Long> invoices) {

  static CustomerScope of(EntityManager em, long customerId) {
    List<Long> requests =
        Sql.ids(
            em,
            "SELECT DISTINCT f.request_id FROM forwarding f WHERE f.customer_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM forwarding g WHERE g.request_id = f.request_id"
                + " AND (g.forwarded_at > f.forwarded_at"
                + " OR (g.forwarded_at = f.forwarded_at AND g.id > f.id)))",
            customerId);
    List<Long> tasks =
        new java.util.ArrayList<>(
            Sql.ids(em, "SELECT id FROM assistance_task WHERE customer_id = ?", customerId));
    for (Long task :
        Sql.idsIn(em, "SELECT id FROM assistance_task WHERE request_id IN (:ids)", requests)) {
      if (!tasks.contains(task)) {
        tasks.add(task);
      }
    }
    return new CustomerScope(
        customerId,
        requests,
        List.copyOf(tasks),
        Sql.ids(em, "SELECT id FROM inquiry WHERE customer_id = ?", customerId),
        Sql.ids(em, "SELECT id FROM contract WHERE customer_id = ?", customerId),
        Sql.ids(em, "SELECT id FROM user_account WHERE customer_id = ?", customerId),
        Sql.ids(em, "SELECT id FROM invoice WHERE customer_id = ?", customerId));
  }
}

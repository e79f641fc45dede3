package eu.dsrportal.retention.application;

import eu.dsrportal.retention.domain.RetentionRun;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code retention_run} rows. */
final class RetentionQueries {
  private RetentionQueries() {}

  static List<RetentionRun> runs(EntityManager em, String whereAndOrder) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT run_day, started_at, finished_at, default_months, requests_anonymised,"
                    + " files_deleted, mail_bodies_cleared, orphan_files_removed FROM retention_run "
                    + whereAndOrder)
            .getResultList();
    List<RetentionRun> runs = new ArrayList<>();
    for (Object[] r : rows) {
      runs.add(
          new RetentionRun(
              r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0],
              Sql.instant(r[1]),
              Sql.instant(r[2]),
              ((Number) r[3]).intValue(),
              ((Number) r[4]).intValue(),
              ((Number) r[5]).intValue(),
              ((Number) r[6]).intValue(),
              ((Number) r[7]).intValue()));
    }
    return runs;
  }
}

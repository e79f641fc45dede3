package eu.dsrportal.intake.rest;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * NOT PART OF THE PORTAL: perf/stack-floor.sh copies it into a scratch copy of the sources. The
 * ceiling's work (../shared/bench/ceiling: one row and its outbox row in one transaction) inside
 * the portal's whole stack (its filters, Jakarta Security, an EJB), to tell what the stack costs from
 * what intake's own work costs.
 */
@Stateless
@Path("v1/floor")
public class FloorResource {
  @PersistenceContext EntityManager em;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(Map<String, Object> body) {
    Object email = body.get("email");
    if (email == null || !String.valueOf(email).contains("@")) {
      return Response.status(400).build();
    }
    em.createNativeQuery(
            "INSERT INTO floor_request (name, email, description, received_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, String.valueOf(body.getOrDefault("name", "")))
        .setParameter(2, String.valueOf(email))
        .setParameter(3, String.valueOf(body.getOrDefault("description", "")))
        .setParameter(4, LocalDateTime.now())
        .executeUpdate();
    Number id = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
    em.createNativeQuery("INSERT INTO floor_outbox (request_id, recipient) VALUES (?, ?)")
        .setParameter(1, id.longValue())
        .setParameter(2, String.valueOf(email))
        .executeUpdate();
    return Response.status(201).entity(Map.of("reference", "FLO-" + id)).build();
  }
}

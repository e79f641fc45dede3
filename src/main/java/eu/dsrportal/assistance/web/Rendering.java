package eu.dsrportal.assistance.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.HashSet;
import java.util.Set;

/** When a view-scoped block reads its data afresh: once per response it renders. */
final class Rendering {
  private Rendering() {}

  /** Whether this response is being rendered and has not asked about this key yet. */
  @SuppressWarnings("unchecked")
  static boolean firstTimeInThisResponse(String block, long id) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return false;
    }
    Set<Long> read =
        (Set<Long>)
            context
                .getAttributes()
                .computeIfAbsent(Rendering.class.getName() + "." + block, k -> new HashSet<>());
    return read.add(id);
  }
}

package eu.dsrportal.audit.application;

import java.util.List;

/**
 * Port: the audited objects that make up one request's trail, found by the request's reference —
 * the request itself, its files and its assistance tasks. The trail knows no requests (every
 * context writes to it, so it may use none); a context that knows requests and tasks implements
 * this.
 */
public interface RequestTrailObjects {

  /** The objects of the request with this reference; empty when there is no such request. */
  List<AuditedObject> of(String reference);

  /** An object as audit entries name it: its type and id. */
  record AuditedObject(String type, String id) {}
}

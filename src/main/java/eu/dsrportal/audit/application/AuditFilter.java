package eu.dsrportal.audit.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What an administrator looks for in the trail; empty fields do not filter. */
public class AuditFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private String reference;
  private String actor;
  private String objectType;
  private String objectId;
  private LocalDate from;
  private LocalDate to;
  private boolean deniedOnly;

  /** A request's reference: the request's trail with its files and assistance tasks. */
  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getObjectType() {
    return objectType;
  }

  public void setObjectType(String objectType) {
    this.objectType = objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isDeniedOnly() {
    return deniedOnly;
  }

  public void setDeniedOnly(boolean deniedOnly) {
    this.deniedOnly = deniedOnly;
  }
}

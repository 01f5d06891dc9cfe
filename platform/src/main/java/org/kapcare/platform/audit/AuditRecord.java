package org.kapcare.platform.audit;

import java.util.UUID;

/**
 * One audited access: who (person id or partner client id) in which role, to whose data (null when
 * it is about no one client), what ({@code READ}, {@code WRITE}, {@code EXPORT}) of which resource,
 * and the HL7 v3 purpose of use. The outcome and the time are added when it is written.
 */
public record AuditRecord(
    String actorId,
    String actorRole,
    UUID clientId,
    Action action,
    String resource,
    UUID resourceId,
    String purpose,
    boolean breakGlass) {

  /** What was done. */
  public enum Action {
    READ,
    WRITE,
    EXPORT
  }

  /** Allowed or refused. */
  public enum Outcome {
    ALLOWED,
    DENIED
  }

  /** An ordinary access (not break-the-glass). */
  public static AuditRecord of(
      String actorId,
      String actorRole,
      UUID clientId,
      Action action,
      String resource,
      UUID resourceId,
      String purpose) {
    return new AuditRecord(
        actorId, actorRole, clientId, action, resource, resourceId, purpose, false);
  }
}

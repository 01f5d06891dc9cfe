package org.kapcare.contracts.clinical;

import java.time.Instant;
import java.util.List;
import org.kapcare.contracts.DomainEvent;

/** A care-team handoff addressed to people or roles; it needs acknowledgment. */
public record CareNoteShared(
    String clientId,
    String noteId,
    String authorId,
    List<String> recipientIds,
    List<String> recipientRoles,
    Priority priority,
    Instant sharedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.CareNoteShared.v1";

  /** How fast the addressees must react. */
  public enum Priority {
    ROUTINE,
    URGENT
  }

  @Override
  public String subject() {
    return clientId;
  }
}

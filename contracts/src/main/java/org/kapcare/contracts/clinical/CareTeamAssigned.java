package org.kapcare.contracts.clinical;

import java.time.Instant;
import java.util.List;
import org.kapcare.contracts.DomainEvent;

/** The client's care team as it stands after a change. Ids are Keycloak user ids. */
public record CareTeamAssigned(
    String clientId,
    String therapistId,
    String prescriberId,
    String primaryClinicianId,
    List<String> nurseIds,
    String chaplainId,
    Instant assignedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.CareTeamAssigned.v1";

  @Override
  public String subject() {
    return clientId;
  }
}

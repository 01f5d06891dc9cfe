package org.kapcare.notifications.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.notifications.duty.DutyRoster;

/** Who a message is for: the client, their care team, people by role, the prescriber on duty. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Audience {

  private final DutyRoster roster;
  private final Clock clock;

  Audience(DutyRoster roster, Clock clock) {
    this.roster = roster;
    this.clock = clock;
  }

  /** Keeps the latest care team of a client (projection of CareTeamAssigned). */
  public void careTeamAssigned(CareTeamAssigned event) {
    UUID clientId = UUID.fromString(event.clientId());
    CareTeam team = CareTeam.findById(clientId);
    if (team == null) {
      team = new CareTeam();
      team.clientId = clientId;
    } else if (team.assignedAt != null
        && event.assignedAt() != null
        && team.assignedAt.isAfter(event.assignedAt())) {
      return;
    }
    team.therapistId = uuid(event.therapistId());
    team.prescriberId = uuid(event.prescriberId());
    team.primaryClinicianId = uuid(event.primaryClinicianId());
    team.nurseIds =
        event.nurseIds() == null
            ? new java.util.ArrayList<>()
            : new java.util.ArrayList<>(event.nurseIds().stream().map(UUID::fromString).toList());
    team.chaplainId = uuid(event.chaplainId());
    team.assignedAt = event.assignedAt() == null ? clock.instant() : event.assignedAt();
    team.persist();
  }

  public Optional<CareTeam> careTeam(UUID clientId) {
    return Optional.ofNullable(CareTeam.findById(clientId));
  }

  /** The whole care team, primary clinician first; empty when none was assigned. */
  public Set<UUID> careTeamOf(UUID clientId) {
    return careTeam(clientId).map(CareTeam::members).orElseGet(LinkedHashSet::new);
  }

  /** The client's therapist and prescriber. */
  public Set<UUID> therapistAndPrescriberOf(UUID clientId) {
    Set<UUID> people = new LinkedHashSet<>();
    careTeam(clientId)
        .ifPresent(
            t -> {
              if (t.therapistId != null) {
                people.add(t.therapistId);
              }
              if (t.prescriberId != null) {
                people.add(t.prescriberId);
              }
            });
    return people;
  }

  /** Everyone who holds {@code role}. */
  @SuppressWarnings("unchecked")
  public Set<UUID> withRole(String role) {
    List<UUID> ids =
        Recipient.getEntityManager()
            .createNativeQuery(
                "SELECT id FROM recipient WHERE kind = 'STAFF' AND ?1 = ANY (roles) ORDER BY id",
                UUID.class)
            .setParameter(1, role)
            .getResultList();
    return new LinkedHashSet<>(ids);
  }

  /**
   * The prescriber on duty for this client at {@code at}: the shift at the client's site, else the
   * client's own prescriber, else whoever is on duty anywhere.
   */
  public Set<UUID> prescriberOnDuty(UUID clientId, Instant at) {
    Optional<UUID> onDuty =
        roster
            .onDutyAtClientSite(clientId, at)
            .or(() -> careTeam(clientId).map(t -> t.prescriberId))
            .or(() -> roster.onDutyAnywhere(at));
    return onDuty.map(Set::of).orElseGet(Set::of);
  }

  private static UUID uuid(String value) {
    return value == null || value.isBlank() ? null : UUID.fromString(value);
  }
}

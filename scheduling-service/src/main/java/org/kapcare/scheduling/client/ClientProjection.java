package org.kapcare.scheduling.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.contracts.clinical.PreparationCompleted;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/** Keeps scheduling's view of clients current from clinical events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientProjection {

  private final Caller caller;

  ClientProjection(Caller caller) {
    this.caller = caller;
  }

  public void enrolled(ClientEnrolled event) {
    ScheduledClient c = findOrNew(event.clientId());
    c.timeZone = event.timeZone();
    c.updatedAt = Instant.now();
    c.persist();
  }

  /** The therapist books preparation and integration; the prescriber signs off dosing. */
  public void careTeamAssigned(CareTeamAssigned event) {
    ScheduledClient c = findOrNew(event.clientId());
    c.therapistId = uuidOrNull(event.therapistId());
    c.prescriberId = uuidOrNull(event.prescriberId());
    c.careTeam = careTeam(event);
    c.updatedAt = Instant.now();
    c.persist();
  }

  /** Dosing is bookable only while the latest decision is an approval that has not expired. */
  public void eligibilityDecided(EligibilityDecided event) {
    ScheduledClient c = findOrNew(event.clientId());
    c.eligibility = event.decision().name();
    c.eligibilityExpiresAt = event.expiresAt();
    c.updatedAt = Instant.now();
    c.persist();
  }

  /** A new plan starts a new course: its dosing waits for a preparation in this course. */
  public void treatmentPlanApproved(TreatmentPlanApproved event) {
    ScheduledClient c = findOrNew(event.clientId());
    c.currentPlanId = UUID.fromString(event.planId());
    c.updatedAt = Instant.now();
    c.persist();
  }

  public void preparationCompleted(PreparationCompleted event) {
    ScheduledClient c = findOrNew(event.clientId());
    c.preparedPlanId = uuidOrNull(event.planId());
    c.updatedAt = Instant.now();
    c.persist();
  }

  /** Stores the client's preferred times; the client, their care team or staff. */
  @Transactional(Transactional.TxType.REQUIRED)
  public ScheduledClient setPreferredTimes(
      UUID id, java.time.LocalTime start, java.time.LocalTime end) {
    ScheduledClient c = get(id);
    UUID me = UUID.fromString(caller.id());
    boolean allowed =
        caller.isAny(Roles.COORDINATOR, Roles.ADMIN)
            || (caller.is(Roles.CLIENT) && id.equals(me))
            || me.equals(c.therapistId)
            || me.equals(c.prescriberId);
    if (!allowed) {
      throw ProblemException.forbidden("only the client, their care team or staff set this");
    }
    c.preferredStart = start;
    c.preferredEnd = end;
    c.updatedAt = Instant.now();
    return c;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ScheduledClient get(UUID id) {
    ScheduledClient c = ScheduledClient.findById(id);
    if (c == null) {
      throw ProblemException.notFound("client", id);
    }
    return c;
  }

  /** The client, or a new one (in UTC until enrollment says otherwise) not yet persisted. */
  private static ScheduledClient findOrNew(String id) {
    UUID uuid = UUID.fromString(id);
    ScheduledClient c = ScheduledClient.findById(uuid);
    if (c == null) {
      c = new ScheduledClient();
      c.id = uuid;
      c.timeZone = "UTC";
    }
    return c;
  }

  private static List<UUID> careTeam(CareTeamAssigned event) {
    List<String> members = new ArrayList<>();
    members.add(event.therapistId());
    members.add(event.prescriberId());
    members.add(event.primaryClinicianId());
    members.add(event.chaplainId());
    if (event.nurseIds() != null) {
      members.addAll(event.nurseIds());
    }
    return members.stream().filter(Objects::nonNull).map(UUID::fromString).distinct().toList();
  }

  private static UUID uuidOrNull(String id) {
    return id == null ? null : UUID.fromString(id);
  }
}

package org.kapcare.scheduling.appointment;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.kapcare.platform.audit.AuditLog;
import org.kapcare.platform.audit.AuditRecord;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.client.ScheduledClient;

/**
 * Who may do what with a client's appointments: role (client, clinician, coordinator/admin),
 * relationship (the client themself, their care team) and property (which providers, which group,
 * what a participant sees). Every scheduling access decision is made here, and audited in the
 * platform's audit trail: reads and changes of appointments by a person, allowed and refused.
 */
@ApplicationScoped
public class AppointmentAccess {

  static final String SELF_BOOKING = "self-booking-not-allowed";
  static final String PROVIDER_OFF_CARE_TEAM = "provider-off-care-team";
  static final String GROUP_NOT_OFFERED = "group-session-not-offered";
  static final String GROUP_CHANGED_BY_STAFF = "group-session-changed-by-staff";

  private final Caller caller;
  private final AuditLog audit;
  private final SecurityIdentity identity;

  AppointmentAccess(Caller caller, AuditLog audit, SecurityIdentity identity) {
    this.caller = caller;
    this.audit = audit;
    this.identity = identity;
  }

  /**
   * Records that the caller read or changed an appointment (one entry per client in it), in the
   * caller's transaction. The service's own work on events and timers is not a person's access and
   * is not recorded here (its events are the record).
   */
  void audited(Appointment a, AuditRecord.Action action) {
    if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
      return;
    }
    for (UUID client : a.clientIds()) {
      audit.allowed(record(client, action, a.id));
    }
  }

  /** Records a refusal (in its own transaction) and returns it, to be thrown. */
  private ProblemException refused(
      UUID clientId, AuditRecord.Action action, UUID appointmentId, ProblemException refusal) {
    audit.denied(record(clientId, action, appointmentId));
    return refusal;
  }

  private AuditRecord record(UUID clientId, AuditRecord.Action action, UUID appointmentId) {
    return AuditRecord.of(
        caller.id(),
        caller.primaryRole(),
        clientId,
        action,
        "appointment",
        appointmentId,
        purpose());
  }

  /** HL7 v3 purpose of use: the client's own request, treatment, or clinic operations. */
  private String purpose() {
    if (caller.is(Roles.CLIENT)) {
      return "PATRQT";
    }
    return isSchedulingStaff() ? "HOPERAT" : "TREAT";
  }

  /**
   * Coordinators and admins book anything; clinicians book for clients on their care team; a client
   * books only their own self-bookable sessions (preparation, integration), never dosing.
   */
  public void mayBookFor(ScheduledClient client, AppointmentType type) {
    mayActFor(client);
    if (caller.is(Roles.CLIENT) && !type.clientSelfBooking) {
      throw refused(
          client.id,
          AuditRecord.Action.WRITE,
          null,
          new ProblemException(
              403, SELF_BOOKING, "Not self-bookable", type.name + " is booked by the care team"));
    }
  }

  /** The client themself, a clinician on their care team, or a coordinator or admin. */
  public void mayActFor(ScheduledClient client) {
    if (isSchedulingStaff()) {
      return;
    }
    if (caller.is(Roles.CLIENT)) {
      if (!client.id.toString().equals(caller.id())) {
        throw refused(
            client.id,
            AuditRecord.Action.WRITE,
            null,
            ProblemException.forbidden("clients act only for themselves"));
      }
      return;
    }
    if (!onCareTeam(client)) {
      throw refused(
          client.id,
          AuditRecord.Action.WRITE,
          null,
          ProblemException.forbidden("you book only for clients on your care team"));
    }
  }

  /**
   * Who may be put on a client's appointment: a client booking for themself chooses only among
   * their care team; staff (their clinicians, coordinators, admins) book anyone on purpose.
   */
  void mayPutOn(ScheduledClient client, Collection<UUID> providerIds) {
    if (!caller.is(Roles.CLIENT)) {
      return;
    }
    List<UUID> off = providerIds.stream().filter(p -> !client.careTeam.contains(p)).toList();
    if (!off.isEmpty()) {
      throw new ProblemException(
          403,
          PROVIDER_OFF_CARE_TEAM,
          "Not on your care team",
          "you book only with the providers of your care team");
    }
  }

  /** Whether slot search offers the caller only the client's care team (a client searching). */
  boolean restrictedToCareTeam() {
    return caller.is(Roles.CLIENT);
  }

  /**
   * A group session is offered to a client when one of its providers is on the client's care team;
   * staff add any client (a coordinator or admin, or a clinician of the client's team).
   */
  void mayJoin(ScheduledClient client, Appointment group) {
    mayActFor(client);
    if (caller.is(Roles.CLIENT)
        && group.providerIds.stream().noneMatch(client.careTeam::contains)) {
      throw new ProblemException(
          403,
          GROUP_NOT_OFFERED,
          "Group session not offered to you",
          "join a group session led by your care team, or ask the clinic to add you");
    }
  }

  /**
   * Changes to one session (reschedule, cancel, confirm): as booking for its client; a group
   * session is changed only by staff, since it is every participant's (a participant leaves
   * instead).
   */
  void mayChange(Appointment a, ScheduledClient client, AppointmentType type) {
    mayBookFor(client, type);
    if (caller.is(Roles.CLIENT) && type.maxClients > 1) {
      throw refused(
          client.id,
          AuditRecord.Action.WRITE,
          a.id,
          new ProblemException(
              403,
              GROUP_CHANGED_BY_STAFF,
              "Group sessions are changed by the clinic",
              "leave the group session, or ask the clinic to change it"));
    }
  }

  /** Arrival, no-show and completion are recorded by the clinic, never by the client. */
  void attendanceByStaff(UUID appointmentId) {
    if (caller.is(Roles.CLIENT)) {
      throw refused(
          UUID.fromString(caller.id()),
          AuditRecord.Action.WRITE,
          appointmentId,
          ProblemException.forbidden("attendance is recorded by the clinic"));
    }
  }

  /** Staff who may see it, and its own clients; each read is audited. */
  void mayRead(Appointment a) {
    UUID me = me();
    if (isSchedulingStaff() || a.clientIds().contains(me) || a.providerIds.contains(me)) {
      audited(a, AuditRecord.Action.READ);
      return;
    }
    ScheduledClient client = ScheduledClient.findById(a.clientId);
    if (caller.is(Roles.CLIENT) || client == null || !onCareTeam(client)) {
      throw refused(
          a.clientId,
          AuditRecord.Action.READ,
          a.id,
          ProblemException.forbidden("this appointment is not yours to see"));
    }
    audited(a, AuditRecord.Action.READ);
  }

  /**
   * Whether the caller sees this appointment as one of its clients (not as staff): then they see
   * only themselves among its clients, never another participant.
   */
  public boolean seenByItsClient(Appointment a) {
    return caller.is(Roles.CLIENT) && a.clientIds().contains(me());
  }

  boolean isSchedulingStaff() {
    return caller.isAny(Roles.COORDINATOR, Roles.ADMIN);
  }

  boolean onCareTeam(ScheduledClient client) {
    UUID me = me();
    return me.equals(client.therapistId) || me.equals(client.prescriberId);
  }

  UUID me() {
    return UUID.fromString(caller.id());
  }
}

package org.kapcare.records.handoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.clinical.CareNoteShared.Priority;
import org.kapcare.contracts.notification.NotificationAcknowledged;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.careteam.CareTeam;

/** Sharing handoffs, listing the open ones, and recording acknowledgments. */
@ApplicationScoped
@Transactional
public class Handoffs {

  private static final Logger LOG = Logger.getLogger(Handoffs.class);

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final EntityManager em;

  Handoffs(ChartAccess access, Caller caller, Outbox outbox, EntityManager em) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.em = em;
  }

  /** Shares a handoff with the team; emits {@code CareNoteShared} (ids and roles, no text). */
  public Handoff share(UUID clientId, @Valid HandoffRequest request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.SHARE_HANDOFF, id);
    List<UUID> ids = request.recipientIds() == null ? List.of() : request.recipientIds();
    List<String> roles = request.recipientRoles() == null ? List.of() : request.recipientRoles();
    if (ids.isEmpty() && roles.isEmpty()) {
      throw new ProblemException(
          400,
          ProblemType.VALIDATION,
          "No addressee",
          "address the handoff to at least one person or role");
    }
    requireCareTeamAddressees(clientId, ids);
    return insert(id, clientId, request.body(), ids, roles, request.priority());
  }

  /**
   * A handoff is addressed to the client's care team only: never to another client, a clinician off
   * the team, or the client themself (who could then acknowledge it and stop its escalation).
   */
  private static void requireCareTeamAddressees(UUID clientId, List<UUID> ids) {
    Set<UUID> team = careTeamMembers(clientId);
    List<UUID> outside = ids.stream().filter(id -> !team.contains(id)).toList();
    if (!outside.isEmpty()) {
      throw ProblemException.ruleViolation(
          "handoff-to-care-team-only",
          "Not on the care team",
          "recipientIds " + outside + " are not on this client's care team");
    }
  }

  private static Set<UUID> careTeamMembers(UUID clientId) {
    CareTeam team = CareTeam.findById(clientId);
    Set<UUID> members = new HashSet<>();
    if (team != null) {
      members.add(team.therapistId);
      members.add(team.prescriberId);
      members.addAll(team.nurseIds);
      if (team.chaplainId != null) {
        members.add(team.chaplainId);
      }
    }
    return members;
  }

  /** A handoff to the client's prescriber (e.g. an integration flagged for review). */
  public Handoff toPrescriber(UUID clientId, String body, Priority priority) {
    CareTeam team = CareTeam.findById(clientId);
    return team == null || team.prescriberId == null
        ? insert(UUID.randomUUID(), clientId, body, List.of(), List.of(Roles.PRESCRIBER), priority)
        : insert(
            UUID.randomUUID(), clientId, body, List.of(team.prescriberId), List.of(), priority);
  }

  /** Named in the handoff, or holding an addressed role on the client's care team. */
  private static boolean addressed(Handoff h, UUID person) {
    if (h.recipientIds.contains(person)) {
      return true;
    }
    CareTeam team = CareTeam.findById(h.clientId);
    if (team == null) {
      return false;
    }
    for (String role : h.recipientRoles) {
      boolean holds =
          switch (role) {
            case Roles.THERAPIST -> person.equals(team.therapistId);
            case Roles.PRESCRIBER -> person.equals(team.prescriberId);
            case Roles.NURSE -> team.nurseIds.contains(person);
            case Roles.CHAPLAIN -> person.equals(team.chaplainId);
            default -> false;
          };
      if (holds) {
        return true;
      }
    }
    return false;
  }

  private Handoff insert(
      UUID id,
      UUID clientId,
      String body,
      List<UUID> recipientIds,
      List<String> recipientRoles,
      Priority priority) {
    Instant now = Instant.now();
    UUID eventId =
        outbox.record(
            CareNoteShared.TYPE,
            new CareNoteShared(
                clientId.toString(),
                id.toString(),
                caller.id(),
                recipientIds.stream().map(UUID::toString).toList(),
                recipientRoles,
                priority,
                now));
    Handoff h = new Handoff();
    h.id = id;
    h.clientId = clientId;
    h.authorId = UUID.fromString(caller.id());
    h.body = body.strip();
    h.recipientIds = new ArrayList<>(recipientIds);
    h.recipientRoles = new ArrayList<>(recipientRoles);
    h.priority = priority;
    h.sharedAt = now;
    h.eventId = eventId;
    h.persist();
    return h;
  }

  /** The client's handoffs, newest first. */
  public List<Handoff> forClient(UUID clientId) {
    access.require(clientId, ChartAction.READ_HANDOFFS, null);
    return Handoff.<Handoff>find("clientId = ?1 ORDER BY sharedAt DESC", clientId)
        .page(0, 100)
        .list();
  }

  /**
   * Open handoffs addressed to the caller (by id or role) for clients on their care team, oldest
   * first; each one read is audited.
   */
  @SuppressWarnings("unchecked")
  public Page<Handoff> openForMe(Priority priority, Cursor after, int limit) {
    UUID me = UUID.fromString(caller.id());
    String[] myRoles =
        List.of(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE, Roles.CHAPLAIN).stream()
            .filter(caller::is)
            .toArray(String[]::new);
    List<UUID> ids =
        em.createNativeQuery(
                "SELECT h.id FROM handoff h JOIN care_team t ON t.client_id = h.client_id"
                    + " WHERE h.acknowledged_at IS NULL"
                    + " AND (CAST(?1 AS varchar) IS NULL OR h.priority = ?1)"
                    + " AND (?2 = ANY(h.recipient_ids) OR h.recipient_roles && CAST(?3 AS text[]))"
                    + " AND (?2 IN (t.therapist_id, t.prescriber_id, t.chaplain_id)"
                    + "      OR ?2 = ANY(t.nurse_ids))"
                    + " AND (CAST(?4 AS timestamptz) IS NULL OR (h.shared_at, h.id) > (?4, ?5))"
                    + " ORDER BY h.shared_at, h.id LIMIT ?6")
            .setParameter(1, priority == null ? null : priority.name())
            .setParameter(2, me)
            .setParameter(3, myRoles)
            .setParameter(4, after == null ? null : after.at())
            .setParameter(5, after == null ? me : after.id())
            .setParameter(6, limit + 1)
            .getResultList();
    List<Handoff> page = new ArrayList<>();
    for (UUID id : ids.subList(0, Math.min(limit, ids.size()))) {
      Handoff h = Handoff.findById(id);
      access.require(h.clientId, ChartAction.READ_HANDOFFS, h.id);
      page.add(h);
    }
    String next =
        ids.size() > limit
            ? new Cursor(page.get(limit - 1).sharedAt, page.get(limit - 1).id).encode()
            : null;
    return new Page<>(page, next);
  }

  /**
   * Records who acknowledged (from notification-service); the first acknowledgment by an addressee
   * counts. Anyone else's (a forged or misrouted event) leaves the handoff open.
   */
  public void acknowledged(NotificationAcknowledged ack) {
    Handoff h =
        Handoff.<Handoff>find("eventId", UUID.fromString(ack.sourceEventId())).firstResult();
    if (h == null || h.acknowledgedAt != null) {
      return;
    }
    UUID by = UUID.fromString(ack.acknowledgedBy());
    if (!addressed(h, by)) {
      LOG.warnf("handoff %s: acknowledgment by a non-addressee ignored", h.id);
      return;
    }
    h.acknowledgedBy = UUID.fromString(ack.acknowledgedBy());
    h.acknowledgedAt = ack.acknowledgedAt();
  }
}

package org.kapcare.records.careteam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;

/** Assigning the care team; every change is kept in the history and announced. */
@ApplicationScoped
@Transactional
public class CareTeamService {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final EntityManager em;

  CareTeamService(ChartAccess access, Caller caller, Outbox outbox, EntityManager em) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.em = em;
  }

  /**
   * Replaces the team. A first assignment needs no If-Match; changing an existing team does. Emits
   * {@code CareTeamAssigned}.
   */
  public CareTeam assign(UUID clientId, @Valid CareTeamRequest request, String ifMatch) {
    access.require(clientId, ChartAction.ASSIGN_CARE_TEAM, clientId);
    if (!request.primaryClinicianId().equals(request.therapistId())
        && !request.primaryClinicianId().equals(request.prescriberId())) {
      throw ProblemException.ruleViolation(
          "primary-clinician-on-team",
          "Primary clinician not on the team",
          "the primary clinician must be the team's therapist or prescriber");
    }
    CareTeam team = CareTeam.findById(clientId);
    if (team == null) {
      team = new CareTeam();
      team.clientId = clientId;
    } else {
      EntityVersions.requireMatch(ifMatch, team.version);
    }
    team.therapistId = request.therapistId();
    team.prescriberId = request.prescriberId();
    team.nurseIds =
        new ArrayList<>(
            request.nurseIds() == null
                ? List.of()
                : request.nurseIds().stream().distinct().toList());
    team.chaplainId = request.chaplainId();
    team.primaryClinicianId = request.primaryClinicianId();
    team.assignedAt = Instant.now();
    team.assignedBy = UUID.fromString(caller.id());
    team.persistAndFlush();
    keepHistory(team);
    outbox.record(CareTeamAssigned.TYPE, toEvent(team));
    return team;
  }

  /** The team as it stands (404 while none is assigned). */
  public CareTeam current(UUID clientId) {
    access.require(clientId, ChartAction.READ_CARE_TEAM, clientId);
    CareTeam team = CareTeam.findById(clientId);
    if (team == null) {
      throw ProblemException.notFound("care team of client", clientId);
    }
    return team;
  }

  /** Every assignment, oldest first. */
  @SuppressWarnings("unchecked")
  public List<CareTeamView> history(UUID clientId) {
    access.require(clientId, ChartAction.READ_CARE_TEAM, clientId);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT therapist_id, prescriber_id, nurse_ids, chaplain_id, primary_clinician_id,"
                    + " changed_at, changed_by FROM care_team_change WHERE client_id = ?1"
                    + " ORDER BY changed_at LIMIT 500")
            .setParameter(1, clientId)
            .getResultList();
    List<CareTeamView> history = new ArrayList<>();
    long n = 0;
    for (Object[] r : rows) {
      history.add(
          new CareTeamView(
              clientId,
              (UUID) r[0],
              (UUID) r[1],
              List.of((UUID[]) r[2]),
              (UUID) r[3],
              (UUID) r[4],
              (Instant) r[5],
              (UUID) r[6],
              n++));
    }
    return history;
  }

  private void keepHistory(CareTeam team) {
    em.createNativeQuery(
            "INSERT INTO care_team_change (id, client_id, therapist_id, prescriber_id, chaplain_id,"
                + " nurse_ids, primary_clinician_id, changed_at, changed_by)"
                + " SELECT ?1, client_id, therapist_id, prescriber_id, chaplain_id, nurse_ids,"
                + " primary_clinician_id, assigned_at, assigned_by FROM care_team WHERE client_id = ?2")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, team.clientId)
        .executeUpdate();
  }

  private static CareTeamAssigned toEvent(CareTeam t) {
    return new CareTeamAssigned(
        t.clientId.toString(),
        t.therapistId.toString(),
        t.prescriberId.toString(),
        t.primaryClinicianId.toString(),
        t.nurseIds.stream().map(UUID::toString).toList(),
        t.chaplainId == null ? null : t.chaplainId.toString(),
        t.assignedAt);
  }
}

package org.kapcare.records.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.careteam.CareTeam;
import org.kapcare.records.client.Client;
import org.kapcare.records.evaluation.Evaluation;
import org.kapcare.records.plan.TreatmentPlan;

/** Builds the chart summary with one indexed query per part. */
@ApplicationScoped
@Transactional
public class ChartSummaries {

  private final ChartAccess access;
  private final EntityManager em;

  ChartSummaries(ChartAccess access, EntityManager em) {
    this.access = access;
    this.em = em;
  }

  /**
   * The summary with each part under its own endpoint's rule: a part the caller may not read there
   * is left out here too (and named in {@code withheld}), so the summary never shows more than the
   * detailed endpoints would.
   */
  public ChartSummary of(UUID clientId) {
    access.require(clientId, ChartAction.READ_SUMMARY, clientId);
    List<String> withheld = new ArrayList<>();
    Client c = Client.findById(clientId);
    CareTeam t =
        part(clientId, ChartAction.READ_CARE_TEAM, "careTeam", withheld)
            ? CareTeam.findById(clientId)
            : null;
    Evaluation e =
        part(clientId, ChartAction.READ_EVALUATION, "eligibility", withheld)
            ? Evaluation.latestDecision(clientId)
            : null;
    TreatmentPlan p =
        part(clientId, ChartAction.READ_PLAN, "course", withheld)
            ? TreatmentPlan.active(clientId)
            : null;
    ChartSummary.Vitals vitals =
        part(clientId, ChartAction.READ_SESSIONS, "lastVitals", withheld)
            ? lastVitals(clientId)
            : null;
    List<ChartSummary.Measure> measures =
        part(clientId, ChartAction.READ_ASSESSMENTS, "assessments", withheld)
            ? measures(clientId)
            : null;
    Long handoffs =
        part(clientId, ChartAction.READ_HANDOFFS, "openHandoffs", withheld)
            ? openHandoffs(clientId)
            : null;
    return new ChartSummary(
        new ChartSummary.Person(
            c.id,
            c.givenName,
            c.familyName,
            c.preferredName,
            c.pronouns,
            c.dateOfBirth,
            c.timeZone),
        t == null
            ? null
            : new ChartSummary.Team(
                t.therapistId,
                t.prescriberId,
                List.copyOf(t.nurseIds),
                t.chaplainId,
                t.primaryClinicianId),
        e == null
            ? null
            : new ChartSummary.Eligibility(e.decision, e.expiresAt, e.approvedAt(Instant.now())),
        p == null ? null : course(p),
        vitals,
        measures,
        handoffs,
        List.copyOf(withheld));
  }

  private boolean part(UUID clientId, ChartAction action, String name, List<String> withheld) {
    if (access.permits(clientId, action)) {
      return true;
    }
    withheld.add(name);
    return false;
  }

  private ChartSummary.Course course(TreatmentPlan p) {
    long done =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM session_record WHERE plan_id = ?1"
                            + " AND kind = 'DOSING' AND status = 'SIGNED'")
                    .setParameter(1, p.id)
                    .getSingleResult())
            .longValue();
    return new ChartSummary.Course(
        p.id, p.route, p.doseMg, p.dosingSessions, done, p.courseWeeks, p.signedAt);
  }

  @SuppressWarnings("unchecked")
  private ChartSummary.Vitals lastVitals(UUID clientId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT measured_at, systolic, diastolic, heart_rate, spo2, respiratory_rate"
                    + " FROM vital_reading WHERE client_id = ?1 ORDER BY measured_at DESC LIMIT 1")
            .setParameter(1, clientId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = rows.get(0);
    return new ChartSummary.Vitals(
        instant(r[0]), integer(r[1]), integer(r[2]), integer(r[3]), integer(r[4]), integer(r[5]));
  }

  @SuppressWarnings("unchecked")
  private List<ChartSummary.Measure> measures(UUID clientId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT ON (instrument) instrument, total, severity, administered_at,"
                    + " first_value(total) OVER w, suicide_risk, count(*) OVER w"
                    + " FROM assessment WHERE client_id = ?1"
                    + " WINDOW w AS (PARTITION BY instrument ORDER BY administered_at"
                    + "   ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"
                    + " ORDER BY instrument, administered_at DESC")
            .setParameter(1, clientId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ChartSummary.Measure(
                    (String) r[0],
                    ((Number) r[1]).intValue(),
                    (String) r[2],
                    instant(r[3]),
                    ((Number) r[4]).intValue(),
                    (Boolean) r[5],
                    ((Number) r[6]).longValue()))
        .toList();
  }

  private long openHandoffs(UUID clientId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM handoff WHERE client_id = ?1 AND acknowledged_at IS NULL")
                .setParameter(1, clientId)
                .getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}

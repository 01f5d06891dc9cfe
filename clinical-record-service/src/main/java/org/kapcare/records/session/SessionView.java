package org.kapcare.records.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.Route;

/** A session record; a dosing record also carries its doses, vitals, alerts and checks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(
    UUID id,
    UUID clientId,
    UUID planId,
    SessionKind kind,
    UUID appointmentId,
    SessionStatus status,
    Instant openedAt,
    Instant startedAt,
    Instant dischargedAt,
    Instant signedAt,
    UUID signedBy,
    SessionContent content,
    String overrideReason,
    @JsonUnwrapped Measured measured,
    long version) {

  /** What was measured and given during a dosing session. */
  public record Measured(
      List<DoseView> doses,
      List<VitalsView> vitals,
      List<AlertView> alerts,
      List<CheckView> checks) {

    static Measured during(SessionRecord r) {
      return new Measured(
          DoseAdministration.<DoseAdministration>list("sessionId = ?1 ORDER BY startedAt", r.id)
              .stream()
              .map(DoseView::of)
              .toList(),
          VitalReading.<VitalReading>list("sessionId = ?1 ORDER BY measuredAt", r.id).stream()
              .map(VitalsView::of)
              .toList(),
          VitalsAlert.<VitalsAlert>list("sessionId = ?1 ORDER BY raisedAt", r.id).stream()
              .map(AlertView::of)
              .toList(),
          ClinicalCheck.<ClinicalCheck>list("sessionId = ?1 ORDER BY observedAt", r.id).stream()
              .map(CheckView::of)
              .toList());
    }
  }

  /** A dose given. */
  public record DoseView(
      UUID id,
      Route route,
      BigDecimal doseMg,
      String lotNumber,
      Instant startedAt,
      Instant endedAt) {
    static DoseView of(DoseAdministration d) {
      return new DoseView(d.id, d.route, d.doseMg, d.lotNumber, d.startedAt, d.endedAt);
    }
  }

  /** A vital-sign reading. */
  public record VitalsView(
      UUID id,
      Instant measuredAt,
      Integer systolic,
      Integer diastolic,
      Integer heartRate,
      Integer spo2,
      Integer respiratoryRate) {
    static VitalsView of(VitalReading r) {
      return new VitalsView(
          r.id, r.measuredAt, r.systolic, r.diastolic, r.heartRate, r.spo2, r.respiratoryRate);
    }
  }

  /** A threshold crossed. */
  public record AlertView(
      UUID id,
      UUID readingId,
      String parameter,
      BigDecimal value,
      String threshold,
      Instant raisedAt) {
    static AlertView of(VitalsAlert a) {
      return new AlertView(a.id, a.readingId, a.parameter, a.value, a.threshold, a.raisedAt);
    }
  }

  /** A dissociation or sedation check, or an adverse event. */
  public record CheckView(
      UUID id,
      ClinicalCheck.Kind kind,
      Integer score,
      ClinicalCheck.Severity severity,
      String description,
      Instant observedAt) {
    static CheckView of(ClinicalCheck c) {
      return new CheckView(c.id, c.kind, c.score, c.severity, c.description, c.observedAt);
    }
  }

  /** The record and its content; {@code measured} is null but for a full dosing record. */
  static SessionView of(SessionRecord r, SessionContent content, Measured measured) {
    return new SessionView(
        r.id,
        r.clientId,
        r.planId,
        r.kind,
        r.appointmentId,
        r.status,
        r.openedAt,
        r.startedAt,
        r.dischargedAt,
        r.signedAt,
        r.signedBy,
        content,
        r.overrideReason,
        measured,
        r.version);
  }
}

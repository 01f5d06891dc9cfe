package org.kapcare.records.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.EligibilityDecided.Decision;
import org.kapcare.contracts.clinical.Route;

/**
 * The chart at a glance: who, the team, eligibility, the course, latest vitals and scores. Each
 * part follows its own endpoint's access rule; the parts the caller may not read are null and named
 * in {@code withheld} (e.g. a chaplain sees no vitals, scores or eligibility).
 */
public record ChartSummary(
    Person client,
    Team careTeam,
    Eligibility eligibility,
    Course course,
    Vitals lastVitals,
    List<Measure> assessments,
    @Schema(description = "Open handoffs; null when withheld") Long openHandoffs,
    @Schema(
            description = "The parts left out because the caller may not read them",
            example = "[\"eligibility\",\"lastVitals\",\"assessments\"]")
        List<String> withheld) {

  /** Who the client is. */
  public record Person(
      UUID id,
      String givenName,
      String familyName,
      String preferredName,
      String pronouns,
      LocalDate dateOfBirth,
      String timeZone) {}

  /** The care team. */
  public record Team(
      UUID therapistId,
      UUID prescriberId,
      List<UUID> nurseIds,
      UUID chaplainId,
      UUID primaryClinicianId) {}

  /** The latest eligibility decision and whether it holds now. */
  public record Eligibility(Decision decision, Instant expiresAt, boolean valid) {}

  /** The active treatment plan and how far the course has come. */
  public record Course(
      UUID planId,
      Route route,
      BigDecimal doseMg,
      int dosingSessions,
      long dosingSessionsCompleted,
      int courseWeeks,
      Instant signedAt) {}

  /** The most recent vital-sign reading. */
  @Schema(name = "LastVitals")
  public record Vitals(
      Instant measuredAt,
      Integer systolic,
      Integer diastolic,
      Integer heartRate,
      Integer spo2,
      Integer respiratoryRate) {}

  /** The latest score of one instrument against its first. */
  public record Measure(
      String instrument,
      int total,
      String severity,
      Instant administeredAt,
      int firstTotal,
      boolean suicideRisk,
      long count) {}
}

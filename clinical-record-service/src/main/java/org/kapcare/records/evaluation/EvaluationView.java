package org.kapcare.records.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.clinical.EligibilityDecided.Decision;

/** An evaluation as the care team reads it. */
public record EvaluationView(
    UUID id,
    UUID clientId,
    UUID prescriberId,
    Instant evaluatedAt,
    Map<Contraindication, Boolean> screening,
    List<String> positiveItems,
    int systolic,
    int diastolic,
    int heartRate,
    BigDecimal weightKg,
    List<EvaluationRequest.Medication> medications,
    List<InteractingClass> interactingMedications,
    String priorTreatments,
    Decision decision,
    String overrideReason,
    String decisionNote,
    Instant decidedAt,
    Instant expiresAt,
    long version) {

  static EvaluationView of(Evaluation e) {
    return new EvaluationView(
        e.id,
        e.clientId,
        e.prescriberId,
        e.evaluatedAt,
        e.screening,
        e.positiveItems,
        e.systolic,
        e.diastolic,
        e.heartRate,
        e.weightKg,
        e.medications,
        e.medications.stream()
            .map(EvaluationRequest.Medication::interactingClass)
            .filter(c -> c != InteractingClass.NONE)
            .distinct()
            .toList(),
        e.priorTreatments,
        e.decision,
        e.overrideReason,
        e.decisionNote,
        e.decidedAt,
        e.expiresAt,
        e.version);
  }
}

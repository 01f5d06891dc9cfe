package org.kapcare.records.consent;

/** What a client may consent to share with a partner clinic (parts of the FHIR export). */
public enum ShareScope {
  /** Demographics (Patient) and the care team. */
  DEMOGRAPHICS,
  /** Treatment plan and goals (CarePlan, Goal). */
  CARE_PLAN,
  /** Sessions as they happened (Encounter). */
  ENCOUNTERS,
  /** Vital signs (Observation, category vital-signs). */
  VITALS,
  /** Doses given (MedicationAdministration). */
  MEDICATIONS,
  /** Outcome measures (QuestionnaireResponse and score Observations). */
  ASSESSMENTS
}

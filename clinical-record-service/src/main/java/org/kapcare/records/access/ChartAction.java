package org.kapcare.records.access;

import static org.kapcare.records.access.Relation.ADMIN;
import static org.kapcare.records.access.Relation.CHAPLAIN;
import static org.kapcare.records.access.Relation.COORDINATOR;
import static org.kapcare.records.access.Relation.NURSE;
import static org.kapcare.records.access.Relation.PARTNER;
import static org.kapcare.records.access.Relation.PRESCRIBER;
import static org.kapcare.records.access.Relation.SELF;
import static org.kapcare.records.access.Relation.THERAPIST;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can be done to a chart, with who may do it. This table is the access policy:
 * minimum necessary (coordinators see demographics and the care team, never clinical content;
 * clients their summary and assessments, never notes by others; partners only what was shared).
 */
public enum ChartAction {
  ENROLL(AuditAction.WRITE, "demographics", COORDINATOR, ADMIN),
  READ_DEMOGRAPHICS(
      AuditAction.READ,
      "demographics",
      SELF,
      THERAPIST,
      PRESCRIBER,
      NURSE,
      CHAPLAIN,
      COORDINATOR,
      ADMIN),
  ASSIGN_CARE_TEAM(AuditAction.WRITE, "care-team", COORDINATOR, ADMIN),
  READ_CARE_TEAM(
      AuditAction.READ,
      "care-team",
      SELF,
      THERAPIST,
      PRESCRIBER,
      NURSE,
      CHAPLAIN,
      COORDINATOR,
      ADMIN),
  RECORD_CONSENT(AuditAction.WRITE, "consent", SELF, THERAPIST, PRESCRIBER, COORDINATOR, ADMIN),
  READ_CONSENT(AuditAction.READ, "consent", SELF, THERAPIST, PRESCRIBER, NURSE, COORDINATOR, ADMIN),
  RECORD_EVALUATION(AuditAction.WRITE, "evaluation", PRESCRIBER),
  READ_EVALUATION(AuditAction.READ, "evaluation", THERAPIST, PRESCRIBER, NURSE),
  SIGN_PLAN(AuditAction.WRITE, "treatment-plan", PRESCRIBER),
  READ_PLAN(AuditAction.READ, "treatment-plan", THERAPIST, PRESCRIBER, NURSE),
  RECORD_PREPARATION(AuditAction.WRITE, "preparation", THERAPIST),
  RECORD_INTEGRATION(AuditAction.WRITE, "integration", THERAPIST),
  RECORD_DOSING(AuditAction.WRITE, "dosing-session", THERAPIST, PRESCRIBER, NURSE),
  READ_SESSIONS(AuditAction.READ, "session-record", THERAPIST, PRESCRIBER, NURSE),
  SUBMIT_ASSESSMENT(AuditAction.WRITE, "assessment", SELF, THERAPIST, PRESCRIBER, NURSE),
  READ_ASSESSMENTS(AuditAction.READ, "assessment", SELF, THERAPIST, PRESCRIBER, NURSE),
  WRITE_NOTE(AuditAction.WRITE, "note", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  READ_NOTES(AuditAction.READ, "note", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  SHARE_HANDOFF(AuditAction.WRITE, "handoff", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  READ_HANDOFFS(AuditAction.READ, "handoff", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  READ_SUMMARY(AuditAction.READ, "chart-summary", SELF, THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  EXPORT_FHIR(AuditAction.EXPORT, "fhir-bundle", SELF, THERAPIST, PRESCRIBER, PARTNER);

  final AuditAction audit;
  final String resource;
  final Set<Relation> allowed;

  ChartAction(AuditAction audit, String resource, Relation first, Relation... rest) {
    this.audit = audit;
    this.resource = resource;
    this.allowed = EnumSet.of(first, rest);
  }

  /** What the audit log records this as. */
  public enum AuditAction {
    READ,
    WRITE,
    EXPORT
  }
}

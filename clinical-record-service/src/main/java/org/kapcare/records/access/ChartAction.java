package org.kapcare.records.access;

import static org.kapcare.platform.audit.AuditRecord.Action.EXPORT;
import static org.kapcare.platform.audit.AuditRecord.Action.READ;
import static org.kapcare.platform.audit.AuditRecord.Action.WRITE;
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
import org.kapcare.platform.audit.AuditRecord;

/**
 * Everything that can be done to a chart, with who may do it. This table is the access policy:
 * minimum necessary (coordinators see demographics and the care team, never clinical content;
 * clients their summary and assessments, never notes by others; partners only what was shared).
 */
public enum ChartAction {
  ENROLL(WRITE, "demographics", COORDINATOR, ADMIN),
  READ_DEMOGRAPHICS(
      READ, "demographics", SELF, THERAPIST, PRESCRIBER, NURSE, CHAPLAIN, COORDINATOR, ADMIN),
  /**
   * Finding clients in the staff's client list (search), each one listed audited as a read: the
   * clinicians of the client's care team, coordinators and admins. Never the client themself, never
   * a partner.
   */
  SEARCH_CLIENTS(READ, "client-search", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN, COORDINATOR, ADMIN),
  ASSIGN_CARE_TEAM(WRITE, "care-team", COORDINATOR, ADMIN),
  READ_CARE_TEAM(
      READ, "care-team", SELF, THERAPIST, PRESCRIBER, NURSE, CHAPLAIN, COORDINATOR, ADMIN),
  RECORD_CONSENT(WRITE, "consent", SELF, THERAPIST, PRESCRIBER, COORDINATOR, ADMIN),
  READ_CONSENT(READ, "consent", SELF, THERAPIST, PRESCRIBER, NURSE, COORDINATOR, ADMIN),
  RECORD_EVALUATION(WRITE, "evaluation", PRESCRIBER),
  READ_EVALUATION(READ, "evaluation", THERAPIST, PRESCRIBER, NURSE),
  SIGN_PLAN(WRITE, "treatment-plan", PRESCRIBER),
  READ_PLAN(READ, "treatment-plan", SELF, THERAPIST, PRESCRIBER, NURSE),
  RECORD_PREPARATION(WRITE, "preparation", THERAPIST),
  RECORD_INTEGRATION(WRITE, "integration", THERAPIST),
  RECORD_DOSING(WRITE, "dosing-session", THERAPIST, PRESCRIBER, NURSE),
  READ_SESSIONS(READ, "session-record", THERAPIST, PRESCRIBER, NURSE),
  SUBMIT_ASSESSMENT(WRITE, "assessment", SELF, THERAPIST, PRESCRIBER, NURSE),
  READ_ASSESSMENTS(READ, "assessment", SELF, THERAPIST, PRESCRIBER, NURSE),
  WRITE_NOTE(WRITE, "note", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  READ_NOTES(READ, "note", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  SHARE_HANDOFF(WRITE, "handoff", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  READ_HANDOFFS(READ, "handoff", THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  READ_SUMMARY(READ, "chart-summary", SELF, THERAPIST, PRESCRIBER, NURSE, CHAPLAIN),
  EXPORT_FHIR(EXPORT, "fhir-bundle", SELF, THERAPIST, PRESCRIBER, PARTNER);

  final AuditRecord.Action audit;
  final String resource;
  final Set<Relation> allowed;

  ChartAction(AuditRecord.Action audit, String resource, Relation first, Relation... rest) {
    this.audit = audit;
    this.resource = resource;
    this.allowed = EnumSet.of(first, rest);
  }
}

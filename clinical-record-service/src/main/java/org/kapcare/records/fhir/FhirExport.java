package org.kapcare.records.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.access.Grant;
import org.kapcare.records.access.Relation;
import org.kapcare.records.assessment.Assessment;
import org.kapcare.records.careteam.CareTeam;
import org.kapcare.records.client.Client;
import org.kapcare.records.consent.Consent;
import org.kapcare.records.consent.ConsentKind;
import org.kapcare.records.consent.ShareScope;
import org.kapcare.records.plan.TreatmentPlan;
import org.kapcare.records.session.DoseAdministration;
import org.kapcare.records.session.SessionKind;
import org.kapcare.records.session.SessionRecord;
import org.kapcare.records.session.SessionStatus;
import org.kapcare.records.session.VitalReading;

/**
 * The FHIR R4 export of a chart. A partner receives only the parts the client consented to share
 * with that partner; the client and their therapist or prescriber receive everything. Audited as an
 * export.
 */
@ApplicationScoped
@Transactional
public class FhirExport {

  private static final int MAX_ROWS = 5000;

  private final ChartAccess access;
  private final Fhir fhir;

  FhirExport(ChartAccess access, Fhir fhir) {
    this.access = access;
    this.fhir = fhir;
  }

  public String export(UUID clientId) {
    Grant grant = access.require(clientId, ChartAction.EXPORT_FHIR, clientId);
    Set<ShareScope> scope =
        grant.is(Relation.PARTNER) ? grant.partnerScope() : EnumSet.allOf(ShareScope.class);
    ChartBundle b = new ChartBundle(clientId, Date.from(Instant.now()));
    if (scope.contains(ShareScope.DEMOGRAPHICS)) {
      b.patient(Client.findById(clientId));
      CareTeam team = CareTeam.findById(clientId);
      if (team != null) {
        b.careTeam(team);
      }
    }
    List<SessionRecord> sessions =
        SessionRecord.<SessionRecord>find("clientId = ?1 ORDER BY openedAt", clientId)
            .page(0, MAX_ROWS)
            .list();
    if (scope.contains(ShareScope.ENCOUNTERS)) {
      sessions.forEach(b::encounter);
    }
    if (scope.contains(ShareScope.CARE_PLAN)) {
      for (TreatmentPlan plan :
          TreatmentPlan.<TreatmentPlan>list("clientId = ?1 ORDER BY signedAt", clientId)) {
        b.carePlan(plan, intentions(sessions, plan.id));
      }
    }
    if (scope.contains(ShareScope.VITALS)) {
      VitalReading.<VitalReading>find("clientId = ?1 ORDER BY measuredAt", clientId)
          .page(0, MAX_ROWS)
          .stream()
          .forEach(b::vitals);
    }
    if (scope.contains(ShareScope.MEDICATIONS)) {
      List<UUID> dosing =
          sessions.stream().filter(s -> s.kind == SessionKind.DOSING).map(s -> s.id).toList();
      if (!dosing.isEmpty()) {
        DoseAdministration.<DoseAdministration>list("sessionId IN ?1 ORDER BY startedAt", dosing)
            .forEach(b::dose);
      }
    }
    if (scope.contains(ShareScope.ASSESSMENTS)) {
      Assessment.<Assessment>find("clientId = ?1 ORDER BY administeredAt", clientId)
          .page(0, MAX_ROWS)
          .stream()
          .forEach(b::assessment);
    }
    Consent.<Consent>list("clientId = ?1 ORDER BY signedAt", clientId).stream()
        .filter(c -> !grant.is(Relation.PARTNER) || sharedWithThisPartner(c))
        .forEach(b::consent);
    return fhir.context().newJsonParser().encodeResourceToString(b.bundle());
  }

  private boolean sharedWithThisPartner(Consent c) {
    return c.kind == ConsentKind.PARTNER_SHARE
        && c.active()
        && c.partnerId.equals(access.partnerId());
  }

  private static List<String> intentions(List<SessionRecord> sessions, UUID planId) {
    return sessions.stream()
        .filter(
            s ->
                s.kind == SessionKind.PREPARATION
                    && s.status == SessionStatus.SIGNED
                    && planId.equals(s.planId))
        .map(s -> s.content.path("intention").asText())
        .toList();
  }
}

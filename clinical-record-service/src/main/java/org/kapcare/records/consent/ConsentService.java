package org.kapcare.records.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.PartnerSharingConsented;
import org.kapcare.contracts.clinical.SmsConsentChanged;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.access.Grant;
import org.kapcare.records.access.Relation;
import org.kapcare.records.client.Client;
import org.kapcare.records.policy.ClinicalPolicy;

/** Recording and withdrawing consents. */
@ApplicationScoped
@Transactional
public class ConsentService {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final ClinicalPolicy policy;

  ConsentService(ChartAccess access, Caller caller, Outbox outbox, ClinicalPolicy policy) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.policy = policy;
  }

  /**
   * Records a consent; a second active consent of the same kind (and partner) is a 409. Sharing
   * with a partner rests on the client's own act (their own account, or staff with evidence), lasts
   * the policy's validity, and the client is told at once ({@code PartnerSharingConsented}).
   */
  public Consent record(UUID clientId, @Valid ConsentRequest request) {
    UUID id = UUID.randomUUID();
    Grant grant = access.require(clientId, ChartAction.RECORD_CONSENT, id);
    boolean byClient = grant.is(Relation.SELF);
    if (request.kind() == ConsentKind.KAP_TREATMENT && request.documentVersion() == null) {
      throw invalid("informed consent to KAP must name the document version signed");
    }
    if (request.kind() == ConsentKind.PARTNER_SHARE
        && (request.partnerId() == null || request.scope() == null || request.scope().isEmpty())) {
      throw invalid("sharing with a partner clinic must name the partner and what is shared");
    }
    Client client = Client.findById(clientId);
    requireSignedSinceEnrolment(client, request.signedAt());
    if (request.kind() == ConsentKind.PARTNER_SHARE && !byClient) {
      requireEvidence(request.evidence());
    }
    closeExpired(clientId, request);
    Consent c = new Consent();
    c.id = id;
    c.clientId = clientId;
    c.kind = request.kind();
    c.documentVersion = request.documentVersion();
    c.partnerId = request.kind() == ConsentKind.PARTNER_SHARE ? request.partnerId() : null;
    c.scope =
        request.scope() == null
            ? List.of()
            : request.scope().stream().map(Enum::name).sorted().toList();
    c.signedAt = request.signedAt();
    c.recordedBy = UUID.fromString(caller.id());
    c.recordedByClient = byClient;
    if (request.evidence() != null) {
      c.evidenceMethod = request.evidence().method();
      c.evidenceDocument = request.evidence().documentReference().strip();
      c.evidenceWitness = request.evidence().witness();
    }
    if (c.kind == ConsentKind.PARTNER_SHARE) {
      c.expiresAt =
          c.signedAt
              .atOffset(ZoneOffset.UTC)
              .plus(policy.consent().partnerShareValidity())
              .toInstant();
    }
    c.persistAndFlush();
    if (c.kind == ConsentKind.SMS) {
      smsConsent(c, true);
    }
    if (c.kind == ConsentKind.PARTNER_SHARE) {
      outbox.record(
          PartnerSharingConsented.TYPE,
          new PartnerSharingConsented(
              clientId.toString(), c.id.toString(), byClient, c.expiresAt, Instant.now()));
    }
    return c;
  }

  /**
   * A consent is signed after enrolment (less the policy's grace for a paper form signed at intake
   * and typed in later), never in the future (Bean Validation) and never years back.
   */
  private void requireSignedSinceEnrolment(Client client, Instant signedAt) {
    Instant earliest = client.enrolledAt.minus(policy.consent().signedBeforeEnrolment());
    if (signedAt.isBefore(earliest)) {
      throw ProblemException.ruleViolation(
          "consent-signed-before-enrolment",
          "Signed before enrolment",
          "signedAt must not be before " + earliest + " (the client's enrolment)");
    }
  }

  private static void requireEvidence(ConsentEvidence evidence) {
    if (evidence == null) {
      throw ProblemException.ruleViolation(
          "partner-share-needs-client-act",
          "The client's own consent is needed",
          "a client shares their record from their own account; staff record it only with"
              + " evidence (method and the signed document's reference)");
    }
    if (evidence.method() == ConsentEvidence.Method.VERBAL_WITNESSED
        && (evidence.witness() == null || evidence.witness().isBlank())) {
      throw ProblemException.ruleViolation(
          "partner-share-needs-client-act",
          "Witness missing",
          "a verbal consent names its witness");
    }
  }

  /** An expired consent of the same kind (and partner) is closed, so a renewal can be recorded. */
  private void closeExpired(UUID clientId, ConsentRequest request) {
    Consent.update(
        "withdrawnAt = expiresAt WHERE clientId = ?1 AND kind = ?2 AND withdrawnAt IS NULL"
            + " AND expiresAt <= ?3 AND (partnerId IS NULL OR partnerId = ?4)",
        clientId,
        request.kind(),
        Instant.now(),
        request.partnerId() == null ? "" : request.partnerId());
  }

  /** Withdraws a consent; it stops applying in this transaction (idempotent: 409 if withdrawn). */
  public Consent withdraw(UUID clientId, UUID consentId) {
    access.require(clientId, ChartAction.RECORD_CONSENT, consentId);
    Consent c = find(clientId, consentId);
    if (c.withdrawnAt != null) {
      throw ProblemException.ruleConflict(
          "consent-already-withdrawn", "Already withdrawn", "withdrawn at " + c.withdrawnAt);
    }
    c.withdrawnAt = Instant.now();
    c.withdrawnBy = UUID.fromString(caller.id());
    c.persistAndFlush();
    if (c.kind == ConsentKind.SMS) {
      smsConsent(c, false);
    }
    return c;
  }

  /** The client's SMS flag follows the consent, and notification-service hears of it at once. */
  private void smsConsent(Consent c, boolean optedIn) {
    Client.<Client>findById(c.clientId).smsOptIn = optedIn;
    outbox.record(
        SmsConsentChanged.TYPE,
        new SmsConsentChanged(c.clientId.toString(), c.id.toString(), optedIn, Instant.now()));
  }

  public List<Consent> list(UUID clientId) {
    access.require(clientId, ChartAction.READ_CONSENT, null);
    return Consent.<Consent>find("clientId = ?1 ORDER BY signedAt DESC", clientId)
        .page(0, 100)
        .list();
  }

  private static Consent find(UUID clientId, UUID consentId) {
    Consent c = Consent.findById(consentId);
    if (c == null || !c.clientId.equals(clientId)) {
      throw ProblemException.notFound("consent", consentId);
    }
    return c;
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(400, ProblemType.VALIDATION, "Incomplete consent", detail);
  }
}

package org.kapcare.records.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.SmsConsentChanged;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.client.Client;

/** Recording and withdrawing consents. */
@ApplicationScoped
@Transactional
public class ConsentService {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;

  ConsentService(ChartAccess access, Caller caller, Outbox outbox) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
  }

  /** Records a consent; a second active consent of the same kind (and partner) is a 409. */
  public Consent record(UUID clientId, @Valid ConsentRequest request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.RECORD_CONSENT, id);
    if (request.kind() == ConsentKind.KAP_TREATMENT && request.documentVersion() == null) {
      throw invalid("informed consent to KAP must name the document version signed");
    }
    if (request.kind() == ConsentKind.PARTNER_SHARE
        && (request.partnerId() == null || request.scope() == null || request.scope().isEmpty())) {
      throw invalid("sharing with a partner clinic must name the partner and what is shared");
    }
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
    c.persistAndFlush();
    if (c.kind == ConsentKind.SMS) {
      smsConsent(c, true);
    }
    return c;
  }

  /** Withdraws a consent; it stops applying in this transaction (idempotent: 409 if withdrawn). */
  public Consent withdraw(UUID clientId, UUID consentId) {
    access.require(clientId, ChartAction.RECORD_CONSENT, consentId);
    Consent c = find(clientId, consentId);
    if (!c.active()) {
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

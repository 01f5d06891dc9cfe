package org.kapcare.records.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.records.access.AuditLog;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.Relation;

/**
 * The gate to referrals, audited like chart access: works out whether the caller acts as a partner
 * (its own referrals only), a coordinator or an admin, checks it against {@link ReferralAction},
 * and writes the audit entry — allowed ones in the caller's transaction, refusals in their own. A
 * partner asking for another partner's referral gets a 404, as if it did not exist.
 */
@ApplicationScoped
class ReferralAccess {

  private final Caller caller;
  private final ChartAccess chart;
  private final AuditLog audit;

  ReferralAccess(Caller caller, ChartAccess chart, AuditLog audit) {
    this.caller = caller;
    this.chart = chart;
    this.audit = audit;
  }

  /** The relation the caller may do {@code action} in, or 403 (audited). */
  @Transactional(Transactional.TxType.MANDATORY)
  Relation requireRole(ReferralAction action, UUID referralId) {
    Relation relation = relationFor(action);
    if (relation == null) {
      deny(action, null, referralId);
      throw ProblemException.forbidden("you may not " + action.describe());
    }
    return relation;
  }

  /** The referral, if the caller may do {@code action} to it: else 403, or 404; audited. */
  @Transactional(Transactional.TxType.MANDATORY)
  Referral require(UUID referralId, ReferralAction action) {
    Relation relation = requireRole(action, referralId);
    Referral referral = Referral.findById(referralId);
    if (referral == null) {
      throw ProblemException.notFound("referral", referralId);
    }
    if (relation == Relation.PARTNER && !referral.submittedBy(partnerId())) {
      deny(action, referral.clientId, referralId);
      throw ProblemException.notFound("referral", referralId);
    }
    allowed(relation, action, referral);
    return referral;
  }

  /** Records an allowed access to {@code referral}, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  void allowed(Relation relation, ReferralAction action, Referral referral) {
    audit.allowed(
        chart.actor(),
        relation,
        referral.clientId,
        action.audit,
        ReferralAction.RESOURCE,
        referral.id);
  }

  /** The partner clinic behind the caller's token ({@code azp}). */
  String partnerId() {
    return chart.partnerId();
  }

  private Relation relationFor(ReferralAction action) {
    if (action.allowed.contains(Relation.COORDINATOR) && caller.is(Roles.COORDINATOR)) {
      return Relation.COORDINATOR;
    }
    if (action.allowed.contains(Relation.ADMIN) && caller.is(Roles.ADMIN)) {
      return Relation.ADMIN;
    }
    if (action.allowed.contains(Relation.PARTNER) && caller.is(Roles.PARTNER)) {
      return Relation.PARTNER;
    }
    return null;
  }

  private void deny(ReferralAction action, UUID clientId, UUID referralId) {
    audit.denied(
        chart.actor(),
        chart.callerRole(),
        clientId,
        action.audit,
        ReferralAction.RESOURCE,
        referralId,
        purposeOfDenied());
  }

  /** What the refused caller would have acted for (HL7 PurposeOfUse). */
  private String purposeOfDenied() {
    if (caller.is(Roles.PARTNER)) {
      return Relation.PARTNER.purpose;
    }
    if (caller.isAny(Roles.COORDINATOR, Roles.ADMIN)) {
      return Relation.COORDINATOR.purpose;
    }
    return caller.is(Roles.CLIENT) ? Relation.SELF.purpose : "TREAT";
  }
}

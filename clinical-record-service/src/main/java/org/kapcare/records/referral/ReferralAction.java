package org.kapcare.records.referral;

import static org.kapcare.records.access.Relation.ADMIN;
import static org.kapcare.records.access.Relation.COORDINATOR;
import static org.kapcare.records.access.Relation.PARTNER;

import java.util.EnumSet;
import java.util.Set;
import org.kapcare.platform.audit.AuditRecord.Action;
import org.kapcare.records.access.Relation;

/**
 * What can be done to a referral, with who may do it. A partner acts only on its own referrals;
 * coordinators and admins on all of them; clients and clinicians on none (a referral is not yet
 * anyone's chart).
 */
enum ReferralAction {
  SUBMIT(Action.WRITE, PARTNER, COORDINATOR, ADMIN),
  READ(Action.READ, PARTNER, COORDINATOR, ADMIN),
  DECIDE(Action.WRITE, COORDINATOR, ADMIN);

  /** The audit log's resource name. */
  static final String RESOURCE = "referral";

  final Action audit;
  final Set<Relation> allowed;

  ReferralAction(Action audit, Relation first, Relation... rest) {
    this.audit = audit;
    this.allowed = EnumSet.of(first, rest);
  }

  String describe() {
    return switch (this) {
      case SUBMIT -> "submit referrals";
      case READ -> "read referrals";
      case DECIDE -> "accept or decline referrals";
    };
  }
}

package org.kapcare.records.referral;

import org.kapcare.contracts.clinical.ReferralReceived;

/** Turns referrals into event records: ids and urgency only, never the person or the reason. */
final class ReferralEvents {

  private ReferralEvents() {}

  static ReferralReceived received(Referral r) {
    return new ReferralReceived(r.id.toString(), r.partnerId, r.urgency, r.receivedAt);
  }
}

package org.kapcare.records.referral;

/** Where a referral stands: received, then accepted (a client is enrolled) or declined. Final. */
public enum ReferralStatus {
  RECEIVED,
  ACCEPTED,
  DECLINED
}

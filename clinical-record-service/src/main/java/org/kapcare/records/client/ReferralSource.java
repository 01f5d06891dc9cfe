package org.kapcare.records.client;

/** Who sent the client to the clinic. */
public enum ReferralSource {
  SELF,
  THERAPIST,
  PARTNER_CLINIC
}

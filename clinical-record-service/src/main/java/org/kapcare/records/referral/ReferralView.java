package org.kapcare.records.referral;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.ReferralReceived.Urgency;

/** A referral as its partner and the clinic's coordinators see it; {@code version} is the ETag. */
public record ReferralView(
    @Schema(example = "8a0e5b79-2c8d-4f4e-8a77-1b3d9c5e0a01") UUID id,
    @Schema(example = "RECEIVED") ReferralStatus status,
    @Schema(example = "ROUTINE") Urgency urgency,
    ReferralRequest.ReferredPerson person,
    ReferralRequest.ReferringClinician referringClinician,
    @Schema(example = "Treatment-resistant depression after two SSRI trials; asks about KAP")
        String reason,
    @Schema(description = "Null for a referral taken by phone", example = "partner-clinic")
        String partnerId,
    @Schema(
            description = "Who took a referral by phone; null for a partner's",
            example = "6e8c3f57-0a6b-4d2c-8e55-9f1b7a3c8e01")
        UUID receivedBy,
    @Schema(example = "2026-11-20T16:00:00Z") Instant receivedAt,
    @Schema(example = "2026-11-21T09:30:00Z") Instant decidedAt,
    @Schema(example = "6e8c3f57-0a6b-4d2c-8e55-9f1b7a3c8e01") UUID decidedBy,
    @Schema(
            example =
                "Active psychosis reported; KAP is contraindicated. Please refer to psychiatry")
        String declineReason,
    @Schema(
            description = "The client enrolled from this referral, once accepted",
            example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01")
        UUID clientId,
    @Schema(example = "0") long version) {

  static ReferralView of(Referral r) {
    return new ReferralView(
        r.id,
        r.status,
        r.urgency,
        new ReferralRequest.ReferredPerson(
            r.givenName, r.familyName, r.dateOfBirth, r.email, r.phone, r.timeZone),
        new ReferralRequest.ReferringClinician(r.clinicianName, r.clinicianContact),
        r.reason,
        r.partnerId,
        r.receivedBy,
        r.receivedAt,
        r.decidedAt,
        r.decidedBy,
        r.declineReason,
        r.clientId,
        r.version);
  }
}

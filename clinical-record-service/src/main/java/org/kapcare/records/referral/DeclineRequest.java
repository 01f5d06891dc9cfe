package org.kapcare.records.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the clinic declines a referral; the referring partner reads it. */
public record DeclineRequest(
    @Schema(
            example =
                "Active psychosis reported; KAP is contraindicated. Please refer to psychiatry")
        @NotBlank
        @Size(max = 2000)
        String reason) {}

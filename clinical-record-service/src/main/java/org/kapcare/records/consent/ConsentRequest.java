package org.kapcare.records.consent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signed consent. KAP_TREATMENT names the document version; PARTNER_SHARE names the partner
 * clinic (its OAuth client id) and what may be shared, and rests on the client's own act: given
 * from the client's own account, or recorded by staff with {@code evidence} of it.
 */
public record ConsentRequest(
    @Schema(example = "PARTNER_SHARE") @NotNull ConsentKind kind,
    @Schema(example = "kap-consent-2026-03") @Size(max = 40) String documentVersion,
    @Schema(example = "partner-clinic") @Size(max = 100) String partnerId,
    @Schema(example = "[\"DEMOGRAPHICS\",\"ASSESSMENTS\"]") Set<@NotNull ShareScope> scope,
    @Schema(example = "2026-11-20T16:00:00Z") @NotNull @PastOrPresent Instant signedAt,
    @Schema(description = "Required when staff record a partner-sharing consent") @Valid
        ConsentEvidence evidence) {}

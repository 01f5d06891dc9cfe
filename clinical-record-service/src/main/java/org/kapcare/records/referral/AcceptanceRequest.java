package org.kapcare.records.referral;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepting a referral enrolls the referred person as a client under their Keycloak user id. */
public record AcceptanceRequest(
    @Schema(
            description = "The new client's Keycloak user id",
            example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01")
        @NotNull
        UUID personId) {}

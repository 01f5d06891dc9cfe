package org.kapcare.scheduling.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.platform.validation.TimeZoneId;

/**
 * What an admin records to make a staff member bookable. Who the person is, their clinical roles
 * and their e-mail come from the identity provider, never from this body.
 */
@Schema(name = "RegisterProviderRequest")
public record RegisterProviderRequest(
    @Schema(
            description = "The provider's Keycloak user id",
            example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01")
        @NotNull
        UUID personId,
    @Schema(example = "Tess Morrow, LCSW") @NotBlank @Size(max = 200) String displayName,
    @Schema(
            description =
                "Optional: book the person only in these roles. Each must be a clinical realm role"
                    + " the person holds in Keycloak; by default all of those.",
            example = "[\"THERAPIST\"]")
        @Size(min = 1)
        Set<@NotNull ProviderRole> roles,
    @Schema(example = "+13035550142")
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number")
        String phone,
    @Schema(example = "America/Denver") @NotBlank @TimeZoneId String timeZone) {}

package org.kapcare.scheduling.provider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider in the staff directory. */
public record ProviderView(
    @Schema(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") UUID id,
    @Schema(example = "Tess Morrow, LCSW") String displayName,
    @Schema(description = "Realm roles", example = "[\"therapist\"]") List<String> roles,
    @Schema(example = "tess@demo.kapcare.org") String email,
    @Schema(example = "+13035550142") String phone,
    @Schema(example = "America/Denver") String timeZone,
    @Schema(example = "2026-11-02T16:30:00Z") Instant registeredAt,
    @Schema(example = "0") long version) {

  static ProviderView of(Provider p) {
    return new ProviderView(
        p.id,
        p.displayName,
        List.copyOf(p.roles),
        p.email,
        p.phone,
        p.timeZone,
        p.registeredAt,
        p.version);
  }
}

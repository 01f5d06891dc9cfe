package org.kapcare.records.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A preparation session: the client's intention in their own words, tied to plan goals. */
public record PreparationRequest(
    @Schema(example = "To meet my grief with curiosity instead of fear") @NotBlank @Size(max = 4000)
        String intention,
    @Schema(example = "[\"8d2f7c1e-4b3a-4e6f-9a10-2c3d4e5f6a7b\"]") @NotEmpty
        List<@NotNull UUID> goalIds,
    @Schema(example = "READY") @NotNull Readiness readiness,
    @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID appointmentId) {

  /** The therapist's judgement whether the client is ready for a dosing session. */
  public enum Readiness {
    READY,
    NEEDS_MORE_PREPARATION
  }
}

package org.kapcare.records.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the client gave a consent that staff record for them: the method, the signed document kept on
 * file, and (for a verbal consent) who witnessed it.
 */
public record ConsentEvidence(
    @Schema(example = "SIGNED_PAPER") @NotNull Method method,
    @Schema(
            description = "Where the signed form or recording is kept",
            example = "scan 2026-11-20/partner-share-0042.pdf")
        @NotBlank
        @Size(max = 200)
        String documentReference,
    @Schema(description = "Required for VERBAL_WITNESSED", example = "Cora Diaz, front desk")
        @Size(max = 200)
        String witness) {

  /** How the client consented. */
  public enum Method {
    SIGNED_PAPER,
    SIGNED_ELECTRONIC,
    VERBAL_WITNESSED
  }
}

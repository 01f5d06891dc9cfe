package org.kapcare.records.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.ReferralReceived.Urgency;
import org.kapcare.platform.validation.TimeZoneId;
import org.kapcare.records.client.EnrollClientRequest;

/**
 * A referral as a partner clinic (or a coordinator taking a call) sends it. The referring partner
 * is the caller's token, never the body; status, decision and audit fields are not settable.
 */
public record ReferralRequest(
    @Valid @NotNull ReferredPerson person,
    @Valid @NotNull ReferringClinician referringClinician,
    @Schema(example = "Treatment-resistant depression after two SSRI trials; asks about KAP")
        @NotBlank
        @Size(max = 4000)
        String reason,
    @Schema(example = "ROUTINE") @NotNull Urgency urgency) {

  /** The person referred, with what enrollment will need (validated as enrollment validates). */
  public record ReferredPerson(
      @Schema(example = "Kerry") @NotBlank @Size(max = 100) String givenName,
      @Schema(example = "Lane") @NotBlank @Size(max = 100) String familyName,
      @Schema(example = "1988-04-12") @NotNull @Past LocalDate dateOfBirth,
      @Schema(example = "kerry@demo.kapcare.org") @NotBlank @Email @Size(max = 254) String email,
      @Schema(example = "+15035550123")
          @Pattern(regexp = EnrollClientRequest.PHONE, message = "must be an E.164 number")
          String phone,
      @Schema(example = "America/Los_Angeles") @NotBlank @TimeZoneId String timeZone) {}

  /** Who referred the person and how the clinic reaches them. */
  public record ReferringClinician(
      @Schema(example = "Dr. Alex Moreno, MD") @NotBlank @Size(max = 200) String name,
      @Schema(example = "+15035550199, amoreno@partner-clinic.example") @NotBlank @Size(max = 254)
          String contact) {}
}

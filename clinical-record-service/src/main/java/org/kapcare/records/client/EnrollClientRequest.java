package org.kapcare.records.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.platform.validation.TimeZoneId;

/** What a coordinator records to enroll a client. Status and audit fields are not settable. */
@Schema(name = "EnrollClientRequest")
public record EnrollClientRequest(
    @Schema(
            description = "The client's Keycloak user id",
            example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01")
        @NotNull
        UUID personId,
    @Schema(example = "Kerry") @NotBlank @Size(max = 100) String givenName,
    @Schema(example = "Lane") @NotBlank @Size(max = 100) String familyName,
    @Size(max = 100) String preferredName,
    @Schema(example = "1988-04-12") @NotNull @Past LocalDate dateOfBirth,
    @Schema(example = "she/her") @Size(max = 40) String pronouns,
    @Schema(example = "kerry@demo.kapcare.org") @NotBlank @Email @Size(max = 254) String email,
    @Schema(example = "+15035550123") @Pattern(regexp = PHONE, message = "must be an E.164 number")
        String phone,
    @Schema(example = "America/Los_Angeles") @NotBlank @TimeZoneId String timeZone,
    @Schema(example = "en") @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String language,
    @NotNull ReferralSource referralSource,
    @Size(max = 100) String referringPartner,
    @Valid EmergencyContact emergencyContact,
    @Schema(description = "Recorded consent to receive SMS (TCPA)") boolean smsOptIn) {

  public static final String PHONE = "\\+[1-9][0-9]{6,14}";

  /** Whom to call in an emergency. */
  public record EmergencyContact(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Pattern(regexp = PHONE, message = "must be an E.164 number") String phone) {}
}

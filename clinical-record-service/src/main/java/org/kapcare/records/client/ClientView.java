package org.kapcare.records.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A client's demographics as staff and the client see them. */
public record ClientView(
    UUID id,
    String givenName,
    String familyName,
    String preferredName,
    LocalDate dateOfBirth,
    String pronouns,
    String email,
    String phone,
    String timeZone,
    String language,
    ReferralSource referralSource,
    String referringPartner,
    EnrollClientRequest.EmergencyContact emergencyContact,
    boolean smsOptIn,
    Instant enrolledAt,
    long version) {

  static ClientView of(Client c) {
    return new ClientView(
        c.id,
        c.givenName,
        c.familyName,
        c.preferredName,
        c.dateOfBirth,
        c.pronouns,
        c.email,
        c.phone,
        c.timeZone,
        c.language,
        c.referralSource,
        c.referringPartner,
        c.emergencyContactName == null
            ? null
            : new EnrollClientRequest.EmergencyContact(
                c.emergencyContactName, c.emergencyContactPhone),
        c.smsOptIn,
        c.enrolledAt,
        c.version);
  }
}

package org.kapcare.records.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consent and whether it is still in force. */
public record ConsentView(
    UUID id,
    UUID clientId,
    ConsentKind kind,
    String documentVersion,
    String partnerId,
    List<String> scope,
    Instant signedAt,
    boolean recordedByClient,
    ConsentEvidence evidence,
    Instant expiresAt,
    boolean active,
    Instant withdrawnAt,
    long version) {

  static ConsentView of(Consent c) {
    return new ConsentView(
        c.id,
        c.clientId,
        c.kind,
        c.documentVersion,
        c.partnerId,
        c.scope,
        c.signedAt,
        c.recordedByClient,
        c.evidenceMethod == null
            ? null
            : new ConsentEvidence(c.evidenceMethod, c.evidenceDocument, c.evidenceWitness),
        c.expiresAt,
        c.active(),
        c.withdrawnAt,
        c.version);
  }
}

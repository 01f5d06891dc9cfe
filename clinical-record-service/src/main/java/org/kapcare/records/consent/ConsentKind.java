package org.kapcare.records.consent;

/** What a client consents to. */
public enum ConsentKind {
  /** Informed consent to ketamine-assisted psychotherapy (a document version, signed). */
  KAP_TREATMENT,
  /** Sharing named parts of the record with a named partner clinic. */
  PARTNER_SHARE,
  /** Receiving SMS (TCPA opt-in). */
  SMS
}

package org.kapcare.records.access;

/**
 * How the caller stands to the client whose chart they open. Access is role AND relationship: a
 * therapist is {@link #THERAPIST} only for clients whose care team names them.
 */
public enum Relation {
  /** The client themself. */
  SELF("PATRQT"),
  THERAPIST("TREAT"),
  PRESCRIBER("TREAT"),
  NURSE("TREAT"),
  CHAPLAIN("TREAT"),
  COORDINATOR("HOPERAT"),
  ADMIN("HOPERAT"),
  /** A partner clinic the client consented to share with. */
  PARTNER("COC");

  /** HL7 v3 PurposeOfUse code recorded in the audit log for this relation. */
  public final String purpose;

  Relation(String purpose) {
    this.purpose = purpose;
  }

  /** The care-team relations a clinician can hold (and obtain by breaking the glass). */
  public boolean clinical() {
    return this == THERAPIST || this == PRESCRIBER || this == NURSE || this == CHAPLAIN;
  }
}

package org.kapcare.records.session;

/** The three session records of a KAP course. */
public enum SessionKind {
  PREPARATION,
  DOSING,
  INTEGRATION
}

package org.kapcare.scheduling.provider;

import java.util.Locale;

/** The clinical roles a provider can be booked in (realm roles of the same name). */
public enum ProviderRole {
  THERAPIST,
  PRESCRIBER,
  NURSE,
  CHAPLAIN;

  /** The realm role's name. */
  public String realmRole() {
    return name().toLowerCase(Locale.ROOT);
  }
}

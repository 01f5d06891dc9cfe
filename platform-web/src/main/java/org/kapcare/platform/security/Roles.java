package org.kapcare.platform.security;

/** The realm roles of the kap realm (deploy/keycloak/kap-realm.json). */
public final class Roles {
  public static final String CLIENT = "client";
  public static final String THERAPIST = "therapist";
  public static final String PRESCRIBER = "prescriber";
  public static final String NURSE = "nurse";
  public static final String CHAPLAIN = "chaplain";
  public static final String COORDINATOR = "coordinator";
  public static final String ADMIN = "admin";
  public static final String PARTNER = "partner";

  private Roles() {}
}

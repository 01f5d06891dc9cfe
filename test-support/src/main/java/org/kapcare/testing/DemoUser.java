package org.kapcare.testing;

/** The demo users of deploy/keycloak/kap-realm.json, with their fixed Keycloak ids. */
public enum DemoUser {
  KERRY("kerry", "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01"),
  ROBIN("robin", "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02"),
  TESS_THERAPIST("tess", "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01"),
  THEO_THERAPIST("theo", "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a02"),
  PAULA_PRESCRIBER("paula", "3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01"),
  NINA_NURSE("nina", "4c6a1d35-8e4f-4b0a-8c33-7d9f5e1a6c01"),
  CHRIS_CHAPLAIN("chris", "5d7b2e46-9f5a-4c1b-9d44-8e0a6f2b7d01"),
  CORA_COORDINATOR("cora", "6e8c3f57-0a6b-4d2c-8e55-9f1b7a3c8e01"),
  ADAM_ADMIN("adam", "7f9d4a68-1b7c-4e3d-9f66-0a2c8b4d9f01");

  private final String username;
  private final String id;

  DemoUser(String username, String id) {
    this.username = username;
    this.id = id;
  }

  public String username() {
    return username;
  }

  /** The user's Keycloak id ({@code sub}), the person id in every service. */
  public String id() {
    return id;
  }

  public String bearer() {
    return "Bearer " + Tokens.of(this);
  }
}

package org.kapcare.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * The settings a service must be given from outside: its secrets and the addresses of what it
 * connects to. Each entry refers to the setting it guards, e.g. {@code
 * kap.required.db-password=${quarkus.datasource.password}}, and the production profile has no
 * built-in value for any of them ({@code quarkus.datasource.password=${KAP_DB_PASSWORD}}; local
 * values live in {@code %dev.}/{@code %test.} lines only). Quarkus validates this mapping before
 * anything connects, so a start with one or more of them unset ends there, with one message naming
 * every missing variable ({@code SRCFG00011: Could not expand value KAP_DB_PASSWORD ...}).
 *
 * <p>Why a check of its own: Quarkus treats an optional setting whose expression cannot be expanded
 * as not set at all (a datasource without a password still connects to a PostgreSQL that trusts
 * local connections), and reports an unset OIDC server without naming the variable behind it.
 */
@ConfigMapping(prefix = "kap.required")
public interface RequiredSettings {

  /**
   * Every required setting, under a short name, with the value it resolved to (never logged); a
   * setting whose value cannot be resolved refuses the start.
   */
  @WithParentName
  Map<String, Setting> settings();

  /** One required setting; each is read on its own, so the refusal lists every one missing. */
  interface Setting {

    /** The setting's value (a secret, for some: never logged). */
    @WithParentName
    String value();
  }
}

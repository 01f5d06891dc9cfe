package org.kapcare.scheduling.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Clinic policy for booking (domain.md §3); defaults are the protocol's, admins override them. */
@ConfigMapping(prefix = "kap.scheduling.policy")
public interface SchedulingPolicy {

  /** Shortest time between the starts of two dosing sessions of one client. */
  @WithDefault("48h")
  Duration minDosingInterval();

  /** Most dosing sessions of one client in any seven days. */
  @WithDefault("3")
  int maxDosingPerWeek();

  /** Earliest start of an integration session after the end of the dosing session it follows. */
  @WithDefault("24h")
  Duration integrationWindowStart();

  /** Latest start of an integration session after the end of the dosing session it follows. */
  @WithDefault("72h")
  Duration integrationWindowEnd();

  /** How long a freed slot is held for a waiting client before it goes to the next. */
  @WithDefault("2h")
  Duration waitlistOfferTtl();

  /** A cancellation closer than this to the start is a late cancellation. */
  @WithDefault("24h")
  Duration lateCancellation();
}

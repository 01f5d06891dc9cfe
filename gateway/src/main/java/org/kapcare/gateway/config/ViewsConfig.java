package org.kapcare.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** The backend-for-frontend views: my journey (clients) and the clinic board (staff). */
@ConfigMapping(prefix = "kap.views")
public interface ViewsConfig {

  /** How far ahead the journey looks for the client's next appointments. */
  @WithDefault("P90D")
  Duration journeyHorizon();

  /** How many upcoming appointments the journey shows. */
  @WithDefault("5")
  int journeyAppointments();

  /**
   * What the client should do before an appointment, by appointment type code; types not listed get
   * {@code preparation-default}. Clinic policy, not code (domain §3: fasting, escort).
   */
  Map<String, String> preparation();

  /** Instructions for appointment types without their own. */
  @WithDefault("Arrive 10 minutes early.")
  String preparationDefault();

  /**
   * The zone of a board session whose site's zone scheduling did not give; each site's own zone
   * counts its day otherwise.
   */
  @WithDefault("America/New_York")
  ZoneId clinicZone();

  /** Longest wait for all parts of a view; a part not back by then is reported missing. */
  @WithDefault("3s")
  Duration deadline();
}

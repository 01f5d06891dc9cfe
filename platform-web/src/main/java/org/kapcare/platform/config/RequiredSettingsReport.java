package org.kapcare.platform.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Says at start-up which required settings were found (names only, never values). It is also what
 * brings {@link RequiredSettings} into every service: Quarkus validates a mapping from a library
 * only when a bean uses it.
 */
@ApplicationScoped
class RequiredSettingsReport {

  private static final Logger LOG = Logger.getLogger(RequiredSettingsReport.class);

  void onStart(@Observes StartupEvent event, RequiredSettings required) {
    LOG.infof(
        "Required settings present: %s",
        String.join(", ", new TreeSet<>(required.settings().keySet())));
  }
}

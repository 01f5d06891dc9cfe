package org.kapcare.gateway;

import org.eclipse.microprofile.config.ConfigProvider;

/** The gateway's management interface under test: a free port of its own, never the public one. */
final class ManagementPort {

  private ManagementPort() {}

  /** {@code endpoint} under the management root, e.g. {@code metrics} → {@code .../q/metrics}. */
  static String url(String endpoint) {
    String base = ConfigProvider.getConfig().getValue("test.management.url", String.class);
    return base + "/" + endpoint;
  }
}

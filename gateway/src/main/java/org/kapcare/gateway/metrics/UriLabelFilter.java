package org.kapcare.gateway.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kapcare.gateway.config.GatewayConfig;
import org.kapcare.gateway.openapi.OpenApiResource;
import org.kapcare.gateway.view.ViewResource;

/**
 * Rewrites the {@code uri} label of the HTTP server metrics with {@link UriLabels}. Quarkus labels
 * a request with its raw path whenever no JAX-RS operation matched it: every proxied request, and
 * every request the edge refused before routing.
 */
public class UriLabelFilter {

  /**
   * The routes and the gateway's own operations; ManagementInterfaceTest checks that every path of
   * the gateway's own OpenAPI document is known here.
   */
  @Produces
  @Singleton
  UriLabels uriLabels(GatewayConfig config) {
    return UriLabels.of(
        config.routes().keySet(), List.of(ViewResource.class, OpenApiResource.class));
  }

  @Produces
  @Singleton
  MeterFilter templatedUris(UriLabels labels) {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (!id.getName().startsWith("http.server") || uri == null) {
          return id;
        }
        String label = labels.label(uri);
        if (Objects.equals(label, uri)) {
          return id;
        }
        List<Tag> tags = new ArrayList<>();
        id.getTagsAsIterable()
            .forEach(tag -> tags.add(tag.getKey().equals("uri") ? Tag.of("uri", label) : tag));
        return id.replaceTags(tags);
      }
    };
  }
}

package org.kapcare.platform.http;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A 201 whose {@code Location} is the new resource's public URL ({@link PublicUrls}): the one the
 * caller reaches through the gateway, never the service's own address.
 */
public final class Created {

  private Created() {}

  /** A 201 at the request's own path followed by the new resource's id. */
  public static <T> RestResponse<T> at(UriInfo request, Object id, T body) {
    return at(location(request, id), body);
  }

  /** A 201 at {@code location}, a public URL from {@link #location}. */
  public static <T> RestResponse<T> at(URI location, T body) {
    return RestResponse.ResponseBuilder.<T>created(location).entity(body).build();
  }

  /** The public URL of the request's own path followed by {@code id}. */
  public static URI location(UriInfo request, Object id) {
    return urls().below(request, id);
  }

  /** The public URL of a path of this service, e.g. {@code location("clients", c, "notes", n)}. */
  public static URI location(Object... path) {
    return urls().of(path);
  }

  private static PublicUrls urls() {
    return Arc.container().instance(PublicUrls.class).get();
  }
}

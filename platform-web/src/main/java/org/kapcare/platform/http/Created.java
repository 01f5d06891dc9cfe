package org.kapcare.platform.http;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** A 201 whose {@code Location} is the request's path followed by the new resource's id. */
public final class Created {

  private Created() {}

  public static <T> RestResponse<T> at(UriInfo uri, Object id, T body) {
    return RestResponse.ResponseBuilder.<T>created(
            uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(body)
        .build();
  }
}

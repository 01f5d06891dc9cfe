package org.kapcare.platform.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's correlation id (or makes one) and returns it on every response. */
public class CorrelationIdFilter {

  @ServerRequestFilter(preMatching = true)
  void adopt(ContainerRequestContext request) {
    String id = CorrelationId.adoptOrCreate(request.getHeaderString(CorrelationId.HEADER));
    request.setProperty(CorrelationId.MDC_KEY, id);
  }

  @ServerResponseFilter
  void echo(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(CorrelationId.MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(CorrelationId.HEADER, id);
    }
  }
}

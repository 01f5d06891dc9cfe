package org.kapcare.gateway.client;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Sorts error answers of the services into refused (4xx) and failed (5xx). */
public class BackendErrors implements ResponseExceptionMapper<RuntimeException> {

  @Override
  public RuntimeException toThrowable(Response response) {
    int status = response.getStatus();
    return status >= 500 ? new BackendFailed(status) : new BackendRefused(status);
  }

  @Override
  public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }
}

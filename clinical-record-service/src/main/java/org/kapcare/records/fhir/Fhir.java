package org.kapcare.records.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The FHIR R4 context: costly to build, thread-safe, so one per application. */
@ApplicationScoped
public class Fhir {

  private final FhirContext context = FhirContext.forR4Cached();

  public FhirContext context() {
    return context;
  }
}

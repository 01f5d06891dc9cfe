package org.kapcare.scheduling.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;

/** The staff directory of bookable providers. */
@ApplicationScoped
@Transactional
public class ProviderDirectory {

  private final Outbox outbox;

  ProviderDirectory(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Registers a provider and announces it ({@code ProviderRegistered}). */
  public Provider register(@Valid RegisterProviderRequest request) {
    if (Provider.findById(request.personId()) != null) {
      throw new ProblemException(
          409,
          ProblemType.DUPLICATE,
          "Already registered",
          "provider " + request.personId() + " is already registered");
    }
    Provider p = new Provider();
    p.id = request.personId();
    p.displayName = request.displayName().strip();
    p.roles = request.roles().stream().map(ProviderRole::realmRole).sorted().toList();
    p.email = request.email().strip();
    p.phone = request.phone();
    p.timeZone = request.timeZone();
    p.registeredAt = Instant.now();
    p.persistAndFlush();
    outbox.record(
        ProviderRegistered.TYPE,
        new ProviderRegistered(
            p.id.toString(), p.displayName, p.roles, p.email, p.phone, p.timeZone, p.registeredAt));
    return p;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Provider get(UUID id) {
    Provider p = Provider.findById(id);
    if (p == null) {
      throw ProblemException.notFound("provider", id);
    }
    return p;
  }
}

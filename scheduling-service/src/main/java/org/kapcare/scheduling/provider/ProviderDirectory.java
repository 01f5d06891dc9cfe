package org.kapcare.scheduling.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.identity.IdentityDirectory;
import org.kapcare.scheduling.paging.KeyCursor;

/**
 * The staff directory of bookable providers. A provider is a person of the identity provider who
 * holds a clinical realm role there; their roles and e-mail are read from it, so a request body can
 * neither make a coordinator a prescriber nor turn a client into staff.
 */
@ApplicationScoped
@Transactional
public class ProviderDirectory {

  static final String UNKNOWN_PERSON = "provider-unknown-to-identity-provider";
  static final String CLIENT_NOT_STAFF = "client-cannot-be-provider";
  static final String NO_CLINICAL_ROLE = "provider-needs-clinical-role";
  static final String ROLE_NOT_HELD = "provider-role-not-held";
  static final String NO_EMAIL = "provider-needs-email";

  private final Outbox outbox;
  private final IdentityDirectory identity;

  ProviderDirectory(Outbox outbox, IdentityDirectory identity) {
    this.outbox = outbox;
    this.identity = identity;
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
    IdentityDirectory.Person person = clinician(request.personId());
    Set<String> held = clinicalRoles(person);
    List<String> roles =
        request.roles() == null || request.roles().isEmpty()
            ? held.stream().sorted().toList()
            : request.roles().stream().map(ProviderRole::realmRole).sorted().toList();
    List<String> notHeld = roles.stream().filter(r -> !held.contains(r)).toList();
    if (!notHeld.isEmpty()) {
      throw ProblemException.ruleViolation(
          ROLE_NOT_HELD,
          "Role not held",
          "the identity provider does not give this person the role(s) " + notHeld);
    }
    Provider p = new Provider();
    p.id = request.personId();
    p.displayName = request.displayName().strip();
    p.roles = roles;
    p.email = person.email().strip();
    p.phone = request.phone();
    p.timeZone = request.timeZone();
    // As the database keeps it (microseconds): the answer and the event equal what reads show.
    p.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    p.persistAndFlush();
    outbox.record(
        ProviderRegistered.TYPE,
        new ProviderRegistered(
            p.id.toString(), p.displayName, p.roles, p.email, p.phone, p.timeZone, p.registeredAt));
    return p;
  }

  /**
   * Whether the identity provider gives this person the realm role now (a prescriber on duty must
   * still be one when the shift is set).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean holds(UUID personId, ProviderRole role) {
    return identity.find(personId).map(p -> p.holds(role.realmRole())).orElse(false);
  }

  /**
   * The providers by display name (then id), keyset-paged after {@code after} (null for the first
   * page); each filter only when given: booked in {@code role}, with working hours at {@code
   * locationId}, a display name containing {@code name} (case-insensitive). {@code namePattern} is
   * a LIKE pattern with '!' as escape.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<Provider> list(
      String namePattern, ProviderRole role, UUID locationId, KeyCursor after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT p.* FROM provider p WHERE true");
    if (namePattern != null) {
      sql.append(" AND lower(p.display_name) LIKE :name ESCAPE '!'");
    }
    if (role != null) {
      sql.append(" AND CAST(:role AS text) = ANY(p.roles)");
    }
    if (locationId != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM working_hours w WHERE w.provider_id = p.id"
              + " AND w.location_id = :location)");
    }
    if (after != null) {
      sql.append(" AND (p.display_name, p.id) > (:afterName, :afterId)");
    }
    sql.append(" ORDER BY p.display_name, p.id");
    Query query = Provider.getEntityManager().createNativeQuery(sql.toString(), Provider.class);
    if (namePattern != null) {
      query.setParameter("name", namePattern);
    }
    if (role != null) {
      query.setParameter("role", role.realmRole());
    }
    if (locationId != null) {
      query.setParameter("location", locationId);
    }
    if (after != null) {
      query.setParameter("afterName", after.sortKey());
      query.setParameter("afterId", after.id());
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Provider get(UUID id) {
    Provider p = Provider.findById(id);
    if (p == null) {
      throw ProblemException.notFound("provider", id);
    }
    return p;
  }

  /** The person, if the identity provider knows them as enabled staff with an e-mail. */
  private IdentityDirectory.Person clinician(UUID id) {
    IdentityDirectory.Person person =
        identity
            .find(id)
            .filter(IdentityDirectory.Person::enabled)
            .orElseThrow(
                () ->
                    ProblemException.ruleViolation(
                        UNKNOWN_PERSON,
                        "Unknown person",
                        "the identity provider has no enabled user " + id));
    if (person.realmRoles().contains(Roles.CLIENT)) {
      throw ProblemException.ruleViolation(
          CLIENT_NOT_STAFF, "A client is not staff", "a person in treatment cannot be a provider");
    }
    if (clinicalRoles(person).isEmpty()) {
      throw ProblemException.ruleViolation(
          NO_CLINICAL_ROLE,
          "No clinical role",
          "the identity provider gives this person none of the roles "
              + Arrays.stream(ProviderRole.values()).map(ProviderRole::realmRole).toList());
    }
    if (person.email() == null || person.email().isBlank()) {
      throw ProblemException.ruleViolation(
          NO_EMAIL, "No e-mail", "the identity provider has no e-mail for this person");
    }
    return person;
  }

  private static Set<String> clinicalRoles(IdentityDirectory.Person person) {
    return Arrays.stream(ProviderRole.values())
        .map(ProviderRole::realmRole)
        .filter(person.realmRoles()::contains)
        .collect(Collectors.toSet());
  }
}

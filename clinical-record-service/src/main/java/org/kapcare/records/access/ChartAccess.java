package org.kapcare.records.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.records.client.Client;
import org.kapcare.records.consent.ShareScope;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * The one gate to chart data: works out how the caller stands to the client (self, care team,
 * coordinator, consented partner, break-the-glass), checks it against {@link ChartAction}, and
 * writes the audit entry for the outcome — in the caller's transaction when allowed, in its own
 * when denied (a refusal must be on record even though the request fails).
 */
@ApplicationScoped
public class ChartAccess {

  private final Caller caller;
  private final JsonWebToken token;
  private final EntityManager em;
  private final AuditLog audit;
  private final ClinicalPolicy policy;

  ChartAccess(
      Caller caller, JsonWebToken token, EntityManager em, AuditLog audit, ClinicalPolicy policy) {
    this.caller = caller;
    this.token = token;
    this.em = em;
    this.audit = audit;
    this.policy = policy;
  }

  /**
   * Allows {@code action} on the client's chart or throws; audits either way. A caller who could
   * not open this chart gets the same 403 whether the client exists or not, so ids cannot be
   * probed; only those whose role reaches every chart (coordinators, admins for their actions) or
   * the client asking for their own id learn that a client does not exist (404).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Grant require(UUID clientId, ChartAction action, UUID resourceId) {
    boolean exists = Client.findById(clientId) != null;
    Grant grant = exists ? grantFor(clientId, action) : null;
    if (grant == null) {
      audit.denied(actor(), callerRole(), clientId, action, resourceId, purposeOfDenied());
      if (!exists && reachesEveryChart(clientId, action)) {
        throw ProblemException.notFound("client", clientId);
      }
      throw ProblemException.forbidden("you may not " + describe(action) + " of this client");
    }
    audit.allowed(actor(), grant, clientId, action, resourceId);
    return grant;
  }

  /**
   * Whether the caller may do {@code action} on the chart, without auditing: for the parts of a
   * composite view (the view itself was required and audited), so each part keeps its own rule.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean permits(UUID clientId, ChartAction action) {
    return grantFor(clientId, action) != null;
  }

  private boolean reachesEveryChart(UUID clientId, ChartAction action) {
    return (action.allowed.contains(Relation.COORDINATOR) && caller.is(Roles.COORDINATOR))
        || (action.allowed.contains(Relation.ADMIN) && caller.is(Roles.ADMIN))
        || (caller.is(Roles.CLIENT) && clientId.toString().equals(caller.id()));
  }

  /**
   * Which clients the caller may find in a list for {@code action} (the staff's client search), by
   * the rule {@link #require} applies to each one: every client for a role that reaches every chart
   * for the action (coordinators, admins); for a clinician, the clients whose care team names them
   * in a place the action allows and a role they hold, and, where the action is a read, those whose
   * chart they broke the glass for (unexpired) while holding no place on its team. A list is never
   * the client's own nor a partner's: anyone else is refused (403), the refusal audited about no
   * one client. The allowed listing is audited too, about no one client, so every search is on
   * record even when it finds nobody; {@link #listed} then audits each client it answers.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Listing requireListing(ChartAction action) {
    Listing listing = listingFor(action);
    if (listing == null) {
      audit.denied(actor(), callerRole(), null, action, null, purposeOfDenied());
      throw ProblemException.forbidden("you may not list or search clients");
    }
    if (listing.everyChart() != null) {
      Relation relation = listing.everyChart().relation();
      audit.listing(actor(), relation.name().toLowerCase(Locale.ROOT), action, relation.purpose);
    } else {
      audit.listing(actor(), callerRole(), action, "TREAT");
    }
    return listing;
  }

  /**
   * Audits each listed client as read under the grant the caller holds for it (a break-the-glass
   * one flagged as such), in the caller's transaction, and returns those audited: all of them,
   * unless a care team changed between the listing's query and this one.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<UUID> listed(Listing listing, List<UUID> clientIds) {
    if (clientIds.isEmpty()) {
      return List.of();
    }
    Map<UUID, Set<Relation>> held =
        listing.everyChart() != null ? Map.of() : careTeamPlaces(clientIds);
    List<UUID> audited = new ArrayList<>();
    for (UUID clientId : clientIds) {
      Grant grant =
          listing.everyChart() != null
              ? listing.everyChart()
              : listedGrant(listing, held.getOrDefault(clientId, Set.of()));
      if (grant != null) {
        audit.allowed(actor(), grant, clientId, listing.action(), clientId);
        audited.add(clientId);
      }
    }
    return audited;
  }

  private Listing listingFor(ChartAction action) {
    Set<Relation> allowed = action.allowed;
    if (allowed.contains(Relation.COORDINATOR) && caller.is(Roles.COORDINATOR)) {
      return Listing.ofEveryChart(action, new Grant(Relation.COORDINATOR, false, Set.of()));
    }
    if (allowed.contains(Relation.ADMIN) && caller.is(Roles.ADMIN)) {
      return Listing.ofEveryChart(action, new Grant(Relation.ADMIN, false, Set.of()));
    }
    Set<Relation> places = EnumSet.noneOf(Relation.class);
    if (caller.is(Roles.THERAPIST)) places.add(Relation.THERAPIST);
    if (caller.is(Roles.PRESCRIBER)) places.add(Relation.PRESCRIBER);
    if (caller.is(Roles.NURSE)) places.add(Relation.NURSE);
    if (caller.is(Roles.CHAPLAIN)) places.add(Relation.CHAPLAIN);
    Set<Relation> listed = EnumSet.noneOf(Relation.class);
    places.stream().filter(allowed::contains).forEach(listed::add);
    boolean breakGlass =
        breakGlassCovers(action)
            && caller.isAny(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE)
            && clinicalRoles().stream().anyMatch(allowed::contains);
    if (listed.isEmpty() && !breakGlass) {
      return null;
    }
    return new Listing(
        action, null, UUID.fromString(caller.id()), places, listed, breakGlass, Instant.now());
  }

  /** The grant behind a listed client of a clinician's listing, as {@link #grantFor} finds it. */
  private Grant listedGrant(Listing listing, Set<Relation> held) {
    for (Relation relation : held) {
      if (listing.action().allowed.contains(relation)) {
        return new Grant(relation, false, Set.of());
      }
    }
    if (held.isEmpty() && listing.breakGlass()) {
      for (Relation relation : clinicalRoles()) {
        if (listing.action().allowed.contains(relation)) {
          return new Grant(relation, true, Set.of());
        }
      }
    }
    return null;
  }

  /** The care-team places the caller holds for each of these clients (absent: none). */
  @SuppressWarnings("unchecked")
  private Map<UUID, Set<Relation>> careTeamPlaces(List<UUID> clientIds) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT client_id, (therapist_id = :me), (prescriber_id = :me),"
                    + " (:me = ANY(nurse_ids)), (chaplain_id = :me) FROM care_team"
                    + " WHERE client_id IN (:clients)")
            .setParameter("me", UUID.fromString(caller.id()))
            .setParameter("clients", clientIds)
            .getResultList();
    Map<UUID, Set<Relation>> held = new HashMap<>();
    for (Object[] row : rows) {
      held.put((UUID) row[0], held(row, 1));
    }
    return held;
  }

  /**
   * The clients a caller may find in a list for {@code action}: every client, under the grant
   * {@code everyChart} (coordinators, admins); or a clinician's: the clients whose care team names
   * {@code clinician} in a place of {@code listed}, and, with {@code breakGlass}, those whose chart
   * they hold an unexpired break-the-glass grant for at {@code at} while holding no place of {@code
   * places} (the places their roles back) on its team.
   */
  public record Listing(
      ChartAction action,
      Grant everyChart,
      UUID clinician,
      Set<Relation> places,
      Set<Relation> listed,
      boolean breakGlass,
      Instant at) {

    static Listing ofEveryChart(ChartAction action, Grant grant) {
      return new Listing(action, grant, null, Set.of(), Set.of(), false, null);
    }

    /**
     * The rule as a SQL condition on {@code client c LEFT JOIN care_team t ON t.client_id = c.id};
     * {@link #bind} gives its parameters.
     */
    public String condition() {
      if (everyChart != null) {
        return "TRUE";
      }
      List<String> any = new ArrayList<>();
      listed.forEach(place -> any.add(member(place)));
      if (breakGlass) {
        String held =
            String.join(" OR ", places.stream().map(ChartAccess.Listing::member).toList());
        any.add(
            "(NOT coalesce("
                + held
                + ", false) AND EXISTS (SELECT 1 FROM break_glass_access g"
                + " WHERE g.client_id = c.id AND g.clinician_id = :listingClinician"
                + " AND g.expires_at > :listingAt))");
      }
      return "(" + String.join(" OR ", any) + ")";
    }

    /** Binds the parameters of {@link #condition} to {@code query}. */
    public void bind(Query query) {
      if (everyChart != null) {
        return;
      }
      query.setParameter("listingClinician", clinician);
      if (breakGlass) {
        query.setParameter("listingAt", at);
      }
    }

    private static String member(Relation place) {
      return switch (place) {
        case THERAPIST -> "(t.therapist_id = :listingClinician)";
        case PRESCRIBER -> "(t.prescriber_id = :listingClinician)";
        case NURSE -> "(:listingClinician = ANY(t.nurse_ids))";
        case CHAPLAIN -> "(t.chaplain_id = :listingClinician)";
        default -> throw new IllegalArgumentException(place + " is no care-team place");
      };
    }
  }

  /** Records a further resource touched under an access already granted (e.g. an export). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void alsoAudit(UUID clientId, Grant grant, ChartAction action, UUID resourceId) {
    audit.allowed(actor(), grant, clientId, action, resourceId);
  }

  /** The caller's id as audited: the person's {@code sub}, or the partner's client id. */
  public String actor() {
    return caller.is(Roles.PARTNER) ? partnerId() : caller.id();
  }

  /** The partner clinic behind a client-credentials token (its OAuth client id). */
  public String partnerId() {
    Object azp = token.getClaim("azp");
    return azp == null ? caller.id() : azp.toString();
  }

  private Grant grantFor(UUID clientId, ChartAction action) {
    Set<Relation> allowed = action.allowed;
    if (allowed.contains(Relation.SELF)
        && caller.is(Roles.CLIENT)
        && clientId.toString().equals(caller.id())) {
      return new Grant(Relation.SELF, false, Set.of());
    }
    if (allowed.contains(Relation.COORDINATOR) && caller.is(Roles.COORDINATOR)) {
      return new Grant(Relation.COORDINATOR, false, Set.of());
    }
    if (allowed.contains(Relation.ADMIN) && caller.is(Roles.ADMIN)) {
      return new Grant(Relation.ADMIN, false, Set.of());
    }
    if (allowed.contains(Relation.PARTNER) && caller.is(Roles.PARTNER)) {
      Set<ShareScope> scope = sharedScope(clientId);
      return scope == null ? null : new Grant(Relation.PARTNER, false, scope);
    }
    Set<Relation> held = careTeamRelations(clientId);
    boolean breakGlass = false;
    if (held.isEmpty() && breakGlassCovers(action) && hasBreakGlass(clientId)) {
      held = clinicalRoles();
      breakGlass = true;
    }
    for (Relation relation : held) {
      if (allowed.contains(relation)) {
        return new Grant(relation, breakGlass, Set.of());
      }
    }
    return null;
  }

  /** The care-team places the caller holds for this client, each backed by the matching role. */
  public Set<Relation> careTeamRelations(UUID clientId) {
    if (!caller.isAny(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE, Roles.CHAPLAIN)) {
      return Set.of();
    }
    UUID me = UUID.fromString(caller.id());
    List<?> rows =
        em.createNativeQuery(
                "SELECT (therapist_id = ?2), (prescriber_id = ?2), (?2 = ANY(nurse_ids)),"
                    + " (chaplain_id = ?2) FROM care_team WHERE client_id = ?1")
            .setParameter(1, clientId)
            .setParameter(2, me)
            .getResultList();
    if (rows.isEmpty()) {
      return Set.of();
    }
    return held((Object[]) rows.get(0), 0);
  }

  /**
   * The places named true in {@code row} from {@code from} on (therapist, prescriber, nurse,
   * chaplain), each backed by the matching role.
   */
  private Set<Relation> held(Object[] row, int from) {
    Set<Relation> held = EnumSet.noneOf(Relation.class);
    addIf(held, row[from], Roles.THERAPIST, Relation.THERAPIST);
    addIf(held, row[from + 1], Roles.PRESCRIBER, Relation.PRESCRIBER);
    addIf(held, row[from + 2], Roles.NURSE, Relation.NURSE);
    addIf(held, row[from + 3], Roles.CHAPLAIN, Relation.CHAPLAIN);
    return held;
  }

  private void addIf(Set<Relation> held, Object member, String role, Relation relation) {
    if (Boolean.TRUE.equals(member) && caller.is(role)) {
      held.add(relation);
    }
  }

  /**
   * Emergency access reads; it writes only what the policy lists and never exports the chart (an
   * export leaves the clinic, which no emergency at the clinic needs).
   */
  private boolean breakGlassCovers(ChartAction action) {
    return switch (action.audit) {
      case READ -> true;
      case EXPORT -> false;
      case WRITE -> policy.breakGlass().writes().orElse(Set.of()).contains(action);
    };
  }

  private boolean hasBreakGlass(UUID clientId) {
    if (!caller.isAny(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE)) {
      return false;
    }
    return !em.createNativeQuery(
            "SELECT 1 FROM break_glass_access WHERE client_id = ?1 AND clinician_id = ?2"
                + " AND expires_at > ?3 LIMIT 1")
        .setParameter(1, clientId)
        .setParameter(2, UUID.fromString(caller.id()))
        .setParameter(3, Instant.now())
        .getResultList()
        .isEmpty();
  }

  /** The clinical relations the caller's roles allow; used for break-the-glass. */
  Set<Relation> clinicalRoles() {
    Set<Relation> roles = EnumSet.noneOf(Relation.class);
    if (caller.is(Roles.THERAPIST)) roles.add(Relation.THERAPIST);
    if (caller.is(Roles.PRESCRIBER)) roles.add(Relation.PRESCRIBER);
    if (caller.is(Roles.NURSE)) roles.add(Relation.NURSE);
    return roles;
  }

  @SuppressWarnings("unchecked")
  private Set<ShareScope> sharedScope(UUID clientId) {
    List<String[]> scopes =
        em.createNativeQuery(
                "SELECT scope FROM consent WHERE client_id = ?1 AND kind = 'PARTNER_SHARE'"
                    + " AND partner_id = ?2 AND withdrawn_at IS NULL AND expires_at > ?3")
            .setParameter(1, clientId)
            .setParameter(2, partnerId())
            .setParameter(3, Instant.now())
            .getResultList();
    if (scopes.isEmpty()) {
      return null;
    }
    Set<ShareScope> scope = EnumSet.noneOf(ShareScope.class);
    for (String s : scopes.get(0)) {
      scope.add(ShareScope.valueOf(s));
    }
    return scope;
  }

  /** The caller's main role, for the audit log. */
  public String callerRole() {
    return caller.primaryRole();
  }

  private String purposeOfDenied() {
    return caller.is(Roles.CLIENT) ? Relation.SELF.purpose : "TREAT";
  }

  /** What was refused, in the words of the audited action: "read", "write" or "export". */
  private static String describe(ChartAction action) {
    String verb =
        switch (action.audit) {
          case READ -> "read";
          case WRITE -> "write";
          case EXPORT -> "export";
        };
    return verb + " the " + action.resource.replace('-', ' ');
  }
}

package org.kapcare.records.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;

/** Enrollment and demographics. */
@ApplicationScoped
@Transactional
public class ClientService {

  private static final String DEFAULT_LANGUAGE = "en";

  private final Outbox outbox;
  private final Caller caller;
  private final ChartAccess access;
  private final EntityManager em;

  ClientService(Outbox outbox, Caller caller, ChartAccess access, EntityManager em) {
    this.outbox = outbox;
    this.caller = caller;
    this.access = access;
    this.em = em;
  }

  /** Enrolls a client and announces it ({@code ClientEnrolled}) in the same transaction. */
  public Client enroll(@Valid EnrollClientRequest request) {
    if (Client.findById(request.personId()) != null) {
      throw new ProblemException(
          409,
          ProblemType.DUPLICATE,
          "Already enrolled",
          "client " + request.personId() + " is already enrolled");
    }
    Client client = new Client();
    client.id = request.personId();
    client.givenName = request.givenName().strip();
    client.familyName = request.familyName().strip();
    client.preferredName = request.preferredName();
    client.dateOfBirth = request.dateOfBirth();
    client.pronouns = request.pronouns();
    client.email = request.email().strip();
    client.phone = request.phone();
    client.timeZone = request.timeZone();
    client.language = request.language() == null ? DEFAULT_LANGUAGE : request.language();
    client.referralSource = request.referralSource();
    client.referringPartner = request.referringPartner();
    if (request.emergencyContact() != null) {
      client.emergencyContactName = request.emergencyContact().name();
      client.emergencyContactPhone = request.emergencyContact().phone();
    }
    client.smsOptIn = request.smsOptIn();
    client.enrolledAt = Instant.now();
    client.enrolledBy = UUID.fromString(caller.id());
    client.persistAndFlush();
    access.require(client.id, ChartAction.ENROLL, client.id);
    outbox.record(ClientEnrolled.TYPE, ClientEvents.enrolled(client));
    return client;
  }

  /** A client's demographics: the client themself, the care team, coordinators and admins. */
  public Client demographics(UUID clientId) {
    access.require(clientId, ChartAction.READ_DEMOGRAPHICS, clientId);
    return Client.findById(clientId);
  }

  /**
   * The staff's client list: the clients the caller may list ({@link ChartAccess#requireListing}),
   * narrowed by name (each word of {@code name}, case-insensitive, within the given, family or
   * preferred name), exact date of birth and status; ordered by family name, given name and id, and
   * keyset-paged after the client {@code after} names. The search and each client answered are
   * audited; the search terms are neither audited nor logged.
   */
  @SuppressWarnings("unchecked")
  public Page<ClientListItem> search(
      String name, LocalDate birthDate, ClientStatus status, Cursor after, int limit) {
    ChartAccess.Listing listing = access.requireListing(ChartAction.SEARCH_CLIENTS);
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.date_of_birth,"
                + " c.enrolled_at, t.client_id IS NOT NULL, t.primary_clinician_id"
                + " FROM client c LEFT JOIN care_team t ON t.client_id = c.id WHERE ");
    sql.append(listing.condition());
    Map<String, Object> params = new HashMap<>();
    List<String> terms =
        name == null || name.isBlank() ? List.of() : List.of(name.strip().split("\\s+"));
    for (int i = 0; i < terms.size(); i++) {
      String term = "lower(:term" + i + ")";
      sql.append(" AND (strpos(lower(c.given_name), ")
          .append(term)
          .append(") > 0 OR strpos(lower(c.family_name), ")
          .append(term)
          .append(") > 0 OR strpos(lower(coalesce(c.preferred_name, '')), ")
          .append(term)
          .append(") > 0)");
      params.put("term" + i, terms.get(i));
    }
    if (birthDate != null) {
      sql.append(" AND c.date_of_birth = :birthDate");
      params.put("birthDate", birthDate);
    }
    if (status != null) {
      sql.append(
          status == ClientStatus.CARE_TEAM_ASSIGNED
              ? " AND t.client_id IS NOT NULL"
              : " AND t.client_id IS NULL");
    }
    if (after != null) {
      requireListed(after);
      sql.append(
          " AND (lower(c.family_name), lower(c.given_name), c.id) > (SELECT lower(a.family_name),"
              + " lower(a.given_name), a.id FROM client a WHERE a.id = :afterId)");
      params.put("afterId", after.id());
    }
    sql.append(" ORDER BY lower(c.family_name), lower(c.given_name), c.id LIMIT :limit");
    params.put("limit", limit + 1);
    Query query = em.createNativeQuery(sql.toString());
    listing.bind(query);
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList();
    List<Object[]> page = rows.subList(0, Math.min(limit, rows.size()));
    Set<UUID> audited =
        new HashSet<>(access.listed(listing, page.stream().map(r -> (UUID) r[0]).toList()));
    List<ClientListItem> items = new ArrayList<>();
    for (Object[] r : page) {
      if (audited.contains((UUID) r[0])) {
        items.add(item(r));
      }
    }
    String next = null;
    if (rows.size() > limit) {
      Object[] last = page.get(limit - 1);
      next = new Cursor(instant(last[5]), (UUID) last[0]).encode();
    }
    return new Page<>(items, next);
  }

  /**
   * A cursor names the last client of a page by id and enrollment instant; one naming no client so
   * enrolled is tampered with (400, like any malformed cursor).
   */
  private void requireListed(Cursor after) {
    boolean known =
        !em.createNativeQuery("SELECT 1 FROM client WHERE id = :id AND enrolled_at = :at")
            .setParameter("id", after.id())
            .setParameter("at", after.at())
            .getResultList()
            .isEmpty();
    if (!known) {
      throw new ProblemException(
          400, ProblemType.MALFORMED_REQUEST, "Malformed cursor", "pass back the cursor as given");
    }
  }

  private static ClientListItem item(Object[] r) {
    return new ClientListItem(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4],
        Boolean.TRUE.equals(r[6])
            ? ClientStatus.CARE_TEAM_ASSIGNED
            : ClientStatus.AWAITING_CARE_TEAM,
        (UUID) r[7]);
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime o
        ? o.toInstant()
        : value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
  }
}

package org.kapcare.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;

/**
 * Makes a creating POST safe to retry with an {@code Idempotency-Key} header: the key is claimed in
 * the same transaction as the creation, so a retry (even a concurrent one, which waits for the
 * first) gets the first response again; the same key with a different body is a 422. Without a key
 * the creation simply runs. Refusals are not stored: a retry is evaluated again.
 */
@ApplicationScoped
public class IdempotentCreation {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final EntityManager em;
  private final ObjectMapper json;
  private final Caller caller;

  IdempotentCreation(EntityManager em, ObjectMapper json, Caller caller) {
    this.em = em;
    this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    this.caller = caller;
  }

  /** What a creation answered: 201 with its location, ETag and body. */
  public record Created(URI location, EntityTag etag, Object body) {}

  /**
   * Runs {@code creation} once per key and caller for {@code operation} (e.g. "POST
   * /appointments").
   */
  @Transactional
  public Response create(String key, String operation, Object request, Supplier<Created> creation) {
    if (key == null) {
      return response(creation.get());
    }
    if (!KEY.matcher(key).matches()) {
      throw new ProblemException(
          400,
          "malformed-request",
          "Malformed Idempotency-Key",
          "use 1-128 letters, digits, . _ : -");
    }
    String hash = hash(operation, request);
    int claimed =
        em.createNativeQuery(
                "INSERT INTO idempotency_key (caller, key, operation, request_hash, status,"
                    + " response_body) VALUES (?1, ?2, ?3, ?4, 0, '') ON CONFLICT DO NOTHING")
            .setParameter(1, caller.id())
            .setParameter(2, key)
            .setParameter(3, operation)
            .setParameter(4, hash)
            .executeUpdate();
    if (claimed == 0) {
      return replay(key, hash);
    }
    Created created = creation.get();
    em.createNativeQuery(
            "UPDATE idempotency_key SET status = 201, location = ?3, etag = ?4, response_body = ?5"
                + " WHERE caller = ?1 AND key = ?2")
        .setParameter(1, caller.id())
        .setParameter(2, key)
        .setParameter(3, created.location() == null ? null : created.location().toString())
        .setParameter(4, created.etag() == null ? null : created.etag().getValue())
        .setParameter(5, write(created.body()))
        .executeUpdate();
    return response(created);
  }

  private Response replay(String key, String hash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_hash, status, location, etag, response_body FROM idempotency_key"
                    + " WHERE caller = ?1 AND key = ?2")
            .setParameter(1, caller.id())
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    if (!hash.equals(row[0])) {
      throw ProblemException.ruleViolation(
          "idempotency-key-reused",
          "Idempotency-Key reused",
          "this key was used for a different request; use a new key");
    }
    Response.ResponseBuilder response =
        Response.status(((Number) row[1]).intValue())
            .type(MediaType.APPLICATION_JSON)
            .entity(row[4])
            .header("Idempotent-Replayed", "true");
    if (row[2] != null) {
      response.location(URI.create((String) row[2]));
    }
    if (row[3] != null) {
      response.tag(new EntityTag((String) row[3]));
    }
    return response.build();
  }

  private Response response(Created created) {
    return Response.created(created.location()).tag(created.etag()).entity(created.body()).build();
  }

  private String hash(String operation, Object request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.kapcare.platform.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Makes the audit trail tamper-evident: committed entries are sealed in turn into a hash chain
 * (each hash is SHA-256 of the previous hash and the entry's fields), and {@link #verify()} walks
 * the chain. An entry edited or removed behind the service's back, a seal removed, or an entry
 * inserted and never sealed shows up as a break. Sealing runs every second under an advisory lock,
 * so with several replicas one seals at a time and the chain stays one line.
 */
@ApplicationScoped
public class AuditChain {

  /** The advisory lock key of the sealer (any constant unique in the database). */
  private static final long SEALER_LOCK = 0x6b61_7061_7564_6974L;

  private static final String GENESIS = "0".repeat(64);

  /** The fields a hash covers, in the order they are hashed. */
  private static final String FIELDS =
      "id, occurred_at, actor_id, actor_role, client_id, action, resource, resource_id, purpose,"
          + " outcome, break_glass, correlation_id";

  private static final int FIELD_COUNT = 12;
  private static final int BATCH = 500;

  private final EntityManager em;
  private volatile boolean stopping;

  AuditChain(EntityManager em) {
    this.em = em;
  }

  /** No pass starts once the service is stopping (its datasource is closing). */
  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  /** What a walk of the chain found. */
  public record Verification(
      @Schema(description = "No break and nothing left unsealed", example = "true") boolean intact,
      @Schema(description = "Entries verified in chain order", example = "1042") long sealedEntries,
      @Schema(description = "Where the chain first breaks; null when intact", example = "517")
          Long brokenAtChainSeq,
      @Schema(
              description = "The entry found at the break; null when intact",
              example = "0b9a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
          UUID brokenEntryId,
      @Schema(description = "Entries nobody sealed within a minute", example = "0")
          long unsealedOlderThanAMinute,
      @Schema(example = "2026-11-27T16:06:00Z") Instant checkedAt) {}

  @Scheduled(
      identity = "audit-seal",
      every = "${kap.audit.seal-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sealPeriodically() {
    if (!stopping) {
      seal();
    }
  }

  /** Seals the committed entries not sealed yet, oldest first; returns how many it sealed. */
  @Transactional
  public int seal() {
    Boolean locked =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEALER_LOCK)
                .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> last =
        em.createNativeQuery(
                "SELECT chain_seq, hash FROM audit_log WHERE chain_seq IS NOT NULL"
                    + " ORDER BY chain_seq DESC LIMIT 1")
            .getResultList();
    long seq = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
    String previous = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
    @SuppressWarnings("unchecked")
    List<Object[]> unsealed =
        em.createNativeQuery(
                "SELECT "
                    + FIELDS
                    + " FROM audit_log WHERE chain_seq IS NULL"
                    + " ORDER BY occurred_at, id LIMIT ?1")
            .setParameter(1, BATCH)
            .getResultList();
    for (Object[] row : unsealed) {
      seq++;
      previous = hash(previous, row);
      em.createNativeQuery("UPDATE audit_log SET chain_seq = ?2, hash = ?3 WHERE id = ?1")
          .setParameter(1, row[0])
          .setParameter(2, seq)
          .setParameter(3, previous)
          .executeUpdate();
    }
    return unsealed.size();
  }

  /** Walks the whole chain from its start and recomputes every hash. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Verification verify() {
    String previous = GENESIS;
    long expectedSeq = 1;
    long sealed = 0;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Object[]> page =
          em.createNativeQuery(
                  "SELECT "
                      + FIELDS
                      + ", chain_seq, hash FROM audit_log"
                      + " WHERE chain_seq >= ?1 ORDER BY chain_seq LIMIT ?2")
              .setParameter(1, expectedSeq)
              .setParameter(2, BATCH)
              .getResultList();
      for (Object[] row : page) {
        long chainSeq = ((Number) row[FIELD_COUNT]).longValue();
        String stored = (String) row[FIELD_COUNT + 1];
        String recomputed = hash(previous, row);
        if (chainSeq != expectedSeq || !recomputed.equals(stored)) {
          return new Verification(
              false, sealed, expectedSeq, (UUID) row[0], unsealedOlderThanAMinute(), Instant.now());
        }
        previous = stored;
        expectedSeq++;
        sealed++;
      }
      if (page.size() < BATCH) {
        break;
      }
      em.clear();
    }
    long lateUnsealed = unsealedOlderThanAMinute();
    return new Verification(lateUnsealed == 0, sealed, null, null, lateUnsealed, Instant.now());
  }

  /** Entries nobody sealed within a minute: inserted behind the sealer's back, or it is stuck. */
  private long unsealedOlderThanAMinute() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM audit_log WHERE chain_seq IS NULL AND occurred_at < ?1")
                .setParameter(1, Instant.now().minus(1, ChronoUnit.MINUTES))
                .getSingleResult())
        .longValue();
  }

  /** SHA-256 over the previous hash and the entry's fields, each in a fixed text form. */
  static String hash(String previous, Object[] row) {
    StringBuilder text = new StringBuilder(previous);
    for (int i = 0; i < FIELD_COUNT; i++) {
      Object value = i == 1 ? instant(row[i]) : row[i];
      text.append('\u001f').append(value == null ? "\u2400" : value.toString());
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
  }
}

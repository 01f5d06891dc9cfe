package org.kapcare.scheduling.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** No double booking, ever: the database decides between concurrent requests. */
@QuarkusTest
class ConcurrentBookingTest {

  private static final Instant THURSDAY_11AM = Instant.parse("2027-05-06T18:00:00Z");

  @Inject ClientProjection clients;
  @Inject EntityManager em;

  @Test
  void fiftyParallelRequestsForOneProviderSlotBookExactlyOnce() throws Exception {
    Clinic clinic = new Clinic(clients, THURSDAY_11AM.minus(10, ChronoUnit.DAYS));
    List<UUID> clientIds = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      UUID id = UUID.randomUUID();
      clinic.enroll(id, true, true);
      clientIds.add(id);
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Callable<Integer>> requests = new ArrayList<>();
      for (UUID client : clientIds) {
        requests.add(
            () ->
                Clinic.book(
                        DemoUser.CORA_COORDINATOR,
                        clinic.booking(
                            "preparation",
                            client,
                            THURSDAY_11AM,
                            List.of(clinic.therapist),
                            null,
                            null))
                    .statusCode());
      }
      int created = 0;
      int conflicts = 0;
      for (Future<Integer> status : pool.invokeAll(requests)) {
        switch (status.get()) {
          case 201 -> created++;
          case 409 -> conflicts++;
          default -> throw new AssertionError("unexpected status " + status.get());
        }
      }
      assertEquals(1, created);
      assertEquals(49, conflicts);
    } finally {
      pool.shutdownNow();
    }
    long rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            em.createNativeQuery(
                                    "SELECT count(*) FROM appointment_provider WHERE provider_id = ?1")
                                .setParameter(1, clinic.therapist)
                                .getSingleResult())
                        .longValue());
    assertEquals(1, rows);
  }
}

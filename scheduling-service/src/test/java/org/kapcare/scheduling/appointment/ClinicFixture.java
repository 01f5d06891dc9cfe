package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** {@link Clinic} for tests in other packages: a fresh clinic and a few bookings in it. */
public final class ClinicFixture {

  private final Clinic clinic;

  private ClinicFixture(Clinic clinic) {
    this.clinic = clinic;
  }

  public static ClinicFixture open(ClientProjection clients, Instant dutyFrom) {
    return new ClinicFixture(new Clinic(clients, dutyFrom));
  }

  public UUID client() {
    return clinic.client;
  }

  public UUID therapist() {
    return clinic.therapist;
  }

  public UUID location() {
    return clinic.location;
  }

  public String bookDosing(Instant at) {
    return Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(at))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public String bookPreparation(Instant at) {
    return Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking("preparation", clinic.client, at, List.of(clinic.therapist), null, null))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public void cancel(String id) {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "OTHER"))
        .post("/appointments/" + id + "/cancel")
        .then()
        .statusCode(200);
  }
}

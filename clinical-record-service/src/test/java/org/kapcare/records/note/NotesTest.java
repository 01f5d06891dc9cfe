package org.kapcare.records.note;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kapcare.records.Charts.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;

/** Signed notes never change; amendments; psychotherapy notes for their author only. */
@QuarkusTest
class NotesTest {

  @Inject EntityManager em;

  private static String write(UUID client, DemoUser author, String kind, String body) {
    return as(author)
        .body(Map.of("kind", kind, "body", body))
        .post("/clients/{c}/notes", client)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void signedNotesNeverChange() {
    UUID client = Charts.withTeam();
    String note = write(client, DemoUser.TESS_THERAPIST, "PROGRESS", "Slept better");
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("kind", "PROGRESS", "body", "edited"))
        .put("/clients/{c}/notes/{n}", client, note)
        .then()
        .statusCode(anyOf(is(404), is(405)));
    as(DemoUser.TESS_THERAPIST)
        .delete("/clients/{c}/notes/{n}", client, note)
        .then()
        .statusCode(anyOf(is(404), is(405)));
    assertThrows(
        Exception.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        em.createNativeQuery("UPDATE note SET body = 'edited' WHERE id = ?1")
                            .setParameter(1, UUID.fromString(note))
                            .executeUpdate()));
    as(DemoUser.TESS_THERAPIST)
        .get("/clients/{c}/notes/{n}", client, note)
        .then()
        .body("body", equalTo("Slept better"));
  }

  @Test
  void amendmentLinksTheOriginalWithWhoWhenAndWhy() {
    UUID client = Charts.withTeam();
    String note = write(client, DemoUser.PAULA_PRESCRIBER, "PROGRESS", "Dose 35 mg");
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("body", "Dose 35 mg IV over 40 min", "reason", "Added route and duration"))
        .post("/clients/{c}/notes/{n}/amendments", client, note)
        .then()
        .statusCode(201)
        .body("amendsId", equalTo(note))
        .body("amendmentReason", equalTo("Added route and duration"))
        .body("authorId", equalTo(DemoUser.PAULA_PRESCRIBER.id()));
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("body", "x"))
        .post("/clients/{c}/notes/{n}/amendments", client, note)
        .then()
        .statusCode(400);
    as(DemoUser.TESS_THERAPIST)
        .get("/clients/{c}/notes", client)
        .then()
        .body("$", hasSize(2))
        .body("[0].body", equalTo("Dose 35 mg"));
  }

  @Test
  void onlyTheAuthorAmends() {
    UUID client = Charts.withTeam();
    String note = write(client, DemoUser.PAULA_PRESCRIBER, "PROGRESS", "Dose 35 mg");
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("body", "Dose 40 mg", "reason", "I think it was 40"))
        .post("/clients/{c}/notes/{n}/amendments", client, note)
        .then()
        .statusCode(403);
  }

  @Test
  void psychotherapyNotesAreVisibleToTheirAuthorOnly() {
    UUID client = Charts.withTeam();
    String note = write(client, DemoUser.TESS_THERAPIST, "PSYCHOTHERAPY", "Process notes");
    as(DemoUser.TESS_THERAPIST).get("/clients/{c}/notes/{n}", client, note).then().statusCode(200);
    as(DemoUser.PAULA_PRESCRIBER)
        .get("/clients/{c}/notes/{n}", client, note)
        .then()
        .statusCode(404);
    as(DemoUser.PAULA_PRESCRIBER).get("/clients/{c}/notes", client).then().body("$", hasSize(0));
    as(DemoUser.TESS_THERAPIST).get("/clients/{c}/notes", client).then().body("$", hasSize(1));
  }

  @Test
  void clientsAndCoordinatorsNeverReadNotes() {
    UUID client = Charts.withTeam();
    String note = write(client, DemoUser.CHRIS_CHAPLAIN, "PROGRESS", "Spiritual care visit");
    as(DemoUser.CORA_COORDINATOR)
        .get("/clients/{c}/notes/{n}", client, note)
        .then()
        .statusCode(403);
    as(DemoUser.THEO_THERAPIST).get("/clients/{c}/notes", client).then().statusCode(403);
    as(DemoUser.CHRIS_CHAPLAIN).get("/clients/{c}/notes", client).then().statusCode(200);
  }
}

package org.kapcare.notifications.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.Clinical;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.notifications.support.ShortLivedToken;
import org.kapcare.platform.security.Roles;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Http;

/** Each person's own inbox over HTTP, and its live stream. */
@QuarkusTest
class InboxResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @Test
  void inboxIsPagedAndCountsWhatIsUnread() {
    bookFor(DemoUser.KERRY);
    bookFor(DemoUser.KERRY);
    long unread = unread(DemoUser.KERRY);
    assertTrue(unread >= 2);

    var first =
        given()
            .header("Authorization", DemoUser.KERRY.bearer())
            .get("/inbox?limit=1")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("next", notNullValue())
            .extract()
            .jsonPath();
    String firstId = first.getString("items[0].id");
    String secondId =
        given()
            .header("Authorization", DemoUser.KERRY.bearer())
            .queryParam("limit", 1)
            .queryParam("cursor", first.getString("next"))
            .get("/inbox")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract()
            .path("items[0].id");
    assertTrue(!firstId.equals(secondId));

    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .post("/inbox/" + firstId + "/read")
        .then()
        .statusCode(200)
        .body("readAt", notNullValue());
    assertEquals(unread - 1, unread(DemoUser.KERRY));
  }

  @Test
  void staffOutsideTheProviderDirectoryBecomeRecipientsWhenTheyOpenTheirInbox() {
    for (DemoUser staff : new DemoUser[] {DemoUser.ADAM_ADMIN, DemoUser.CORA_COORDINATOR}) {
      io.restassured.RestAssured.given()
          .header("Authorization", staff.bearer())
          .get("/inbox/unread-count")
          .then()
          .statusCode(200);
      io.restassured.RestAssured.given()
          .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
          .get("/recipients/" + staff.id())
          .then()
          .statusCode(200)
          .body("kind", org.hamcrest.Matchers.equalTo("STAFF"))
          .body(
              "roles",
              org.hamcrest.Matchers.hasItem(
                  staff == DemoUser.ADAM_ADMIN ? "admin" : "coordinator"));
    }
  }

  @Test
  void someoneElsesItemIsNotFound() {
    String item = bookFor(DemoUser.KERRY);
    for (String path : List.of("", "/read", "/acknowledge")) {
      var request = given().header("Authorization", DemoUser.ROBIN.bearer());
      var response =
          path.isEmpty() ? request.get("/inbox/" + item) : request.post("/inbox/" + item + path);
      response.then().statusCode(404).contentType(PROBLEM);
    }
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/inbox/" + item)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue());
  }

  @Test
  void unknownItemsMalformedCursorsAndMissingTokensAreProblems() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .post("/inbox/" + UUID.randomUUID() + "/acknowledge")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/inbox?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/inbox?limit=0")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    given().get("/inbox").then().statusCode(401).contentType(PROBLEM);
    given().get("/inbox/unread-count").then().statusCode(401);
  }

  @Test
  void routineMessagesNeedNoAcknowledgment() {
    String item = bookFor(DemoUser.KERRY);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .post("/inbox/" + item + "/acknowledge")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  void staleIfMatchOnAcknowledgeIsRefused() {
    String item = alertFor(DemoUser.PAULA_PRESCRIBER);
    given()
        .header("Authorization", DemoUser.PAULA_PRESCRIBER.bearer())
        .post("/inbox/" + item + "/read")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""));
    given()
        .header("Authorization", DemoUser.PAULA_PRESCRIBER.bearer())
        .header("If-Match", "\"0\"")
        .post("/inbox/" + item + "/acknowledge")
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.PAULA_PRESCRIBER.bearer())
        .header("If-Match", "\"1\"")
        .post("/inbox/" + item + "/acknowledge")
        .then()
        .statusCode(200)
        .body("acknowledgedAt", notNullValue())
        .body("needsAcknowledgment", equalTo(true));
  }

  @Test
  void anSseClientReceivesANewInboxItem() throws Exception {
    People.clientWithId(em, DemoUser.KERRY.id());
    HttpClient http = Http.client();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/inbox/stream"))
            .header("Authorization", DemoUser.KERRY.bearer())
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<Stream<String>> response =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    CompletableFuture<String> firstData =
        CompletableFuture.supplyAsync(
            () -> response.body().filter(line -> line.startsWith("data:")).findFirst().orElse(""));

    String item = bookFor(DemoUser.KERRY);

    String data = firstData.get(20, TimeUnit.SECONDS);
    assertTrue(data.contains(item), "the stream carried the new item");
    assertTrue(data.contains("BOOKING_CONFIRMED"));
    response.body().close();
  }

  @Test
  void streamEndsWhenTheTokenThatOpenedItExpires() throws Exception {
    People.clientWithId(em, DemoUser.KERRY.id());
    try (ShortLivedToken token = ShortLivedToken.of(DemoUser.KERRY, 6)) {
      HttpResponse<Stream<String>> response =
          Http.client()
              .sendAsync(streamRequest(token.bearer(), null), HttpResponse.BodyHandlers.ofLines())
              .get(10, TimeUnit.SECONDS);
      assertEquals(200, response.statusCode());
      CompletableFuture<List<String>> untilEnd =
          CompletableFuture.supplyAsync(() -> response.body().toList());

      String item = bookFor(DemoUser.KERRY);

      List<String> lines = untilEnd.get(20, TimeUnit.SECONDS);
      long endedAt = System.currentTimeMillis();
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(item)),
          "delivered while the token was valid");
      long exp = token.expiresAt() * 1000;
      assertTrue(endedAt >= exp - 500, "not before the token's exp: " + (endedAt - exp) + " ms");
      assertTrue(endedAt <= exp + 3000, "closed at exp, not later: " + (endedAt - exp) + " ms");
    }
  }

  @Test
  void reconnectingWithLastEventIdFirstGetsWhatArrivedAfterIt() throws Exception {
    String seen = bookFor(DemoUser.KERRY);
    String missed = bookFor(DemoUser.KERRY);
    HttpResponse<Stream<String>> response =
        Http.client()
            .sendAsync(
                streamRequest(DemoUser.KERRY.bearer(), seen), HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    CompletableFuture<List<String>> firstEvent =
        CompletableFuture.supplyAsync(
            () ->
                response
                    .body()
                    .filter(l -> l.startsWith("id:") || l.startsWith("data:"))
                    .limit(2)
                    .toList());
    List<String> event = firstEvent.get(20, TimeUnit.SECONDS);
    assertEquals("id:" + missed, event.get(0).replace(" ", ""));
    assertTrue(event.get(1).contains(missed), "the missed item first");
    assertTrue(!event.get(1).contains(seen));
    response.body().close();
  }

  @Test
  void lastEventIdCannotReplaySomeoneElsesInbox() {
    String kerrys = bookFor(DemoUser.KERRY);
    given()
        .header("Authorization", DemoUser.ROBIN.bearer())
        .header("Last-Event-ID", kerrys)
        .accept("text/event-stream")
        .get("/inbox/stream")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.ROBIN.bearer())
        .header("Last-Event-ID", "not-an-item")
        .accept("text/event-stream")
        .get("/inbox/stream")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"));
  }

  private static HttpRequest streamRequest(String authorization, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/inbox/stream"))
            .header("Authorization", authorization)
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    return request.build();
  }

  @Test
  void aStaffMemberSeesOnlyTheirOwnInbox() {
    alertFor(DemoUser.PAULA_PRESCRIBER);
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/inbox?limit=200")
        .then()
        .statusCode(200)
        .body("items.find { it.kind == 'VITALS_ALERT' }", nullValue());
  }

  @Test
  void openApiDocumentsTheInboxAndDeliveryOperations() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "paths",
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.hasKey("/inbox"),
                org.hamcrest.Matchers.hasKey("/inbox/stream"),
                org.hamcrest.Matchers.hasKey("/inbox/unread-count"),
                org.hamcrest.Matchers.hasKey("/inbox/{itemId}/acknowledge"),
                org.hamcrest.Matchers.hasKey("/deliveries"),
                org.hamcrest.Matchers.hasKey("/deliveries/{deliveryId}/retry")))
        .body(
            "paths.'/inbox/{itemId}/acknowledge'.post.responses.'404'.content",
            org.hamcrest.Matchers.hasKey("application/problem+json"))
        .body(
            "paths.'/inbox/{itemId}/acknowledge'.post.responses",
            org.hamcrest.Matchers.hasKey("412"));
  }

  /** Books an appointment for the demo client and returns the id of its new inbox item. */
  private String bookFor(DemoUser user) {
    People.clientWithId(em, user.id());
    String appointment = UUID.randomUUID().toString();
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            user.id(), appointment, "DOSING", clock.instant().plus(Duration.ofDays(60)), "l"));
    dispatcher.dispatchDue();
    return itemOf(user, "BOOKING_CONFIRMED");
  }

  /** An urgent vitals alert reaching the demo prescriber as their client's prescriber. */
  private String alertFor(DemoUser prescriber) {
    People.staffWithId(em, prescriber.id(), Roles.PRESCRIBER);
    Person client = People.client(em, false);
    People.careTeam(em, client, null, new Person(prescriber.id(), null, null));
    Clinical.vitalsAlert(em, client.id());
    dispatcher.dispatchDue();
    return given()
        .header("Authorization", prescriber.bearer())
        .get("/inbox?limit=200")
        .then()
        .extract()
        .jsonPath()
        .getString("items.find { it.clientId == '" + client.id() + "' }.id");
  }

  private static String itemOf(DemoUser user, String kind) {
    return given()
        .header("Authorization", user.bearer())
        .get("/inbox?limit=1")
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo(kind))
        .extract()
        .path("items[0].id");
  }

  private static long unread(DemoUser user) {
    return given()
        .header("Authorization", user.bearer())
        .get("/inbox/unread-count")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("unread");
  }
}

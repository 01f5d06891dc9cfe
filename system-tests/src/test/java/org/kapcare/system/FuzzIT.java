package org.kapcare.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Http;

/**
 * Fuzzing from the services' OpenAPI documents, through the gateway, with real tokens of several
 * roles: every operation, hostile inputs (see {@link ApiFuzzer}); never a 5xx, every 4xx a
 * problem+json. Writes the counts to target/fuzz-report.txt.
 */
class FuzzIT {

  /** Service name, its OpenAPI document, and its route on the gateway. */
  private record Service(String name, String openapi, String route) {}

  private static final List<Service> SERVICES =
      List.of(
          new Service(
              "scheduling", "http://127.0.0.1:8081/q/openapi?format=json", "/api/scheduling"),
          new Service("records", "http://127.0.0.1:8082/q/openapi?format=json", "/api/records"),
          new Service(
              "notifications",
              "http://127.0.0.1:8083/q/openapi?format=json",
              "/api/notifications"));

  private static final List<DemoUser> CALLERS =
      List.of(DemoUser.CORA_COORDINATOR, DemoUser.PAULA_PRESCRIBER, DemoUser.KERRY);

  @Test
  void noOperationAnswersHostileInputWithA5xx() throws Exception {
    HttpClient http = Http.client();
    String gateway = System.getProperty("kap.fuzz.gateway", Platform.GATEWAY);
    List<String> failures = new ArrayList<>();
    StringBuilder report = new StringBuilder("# Fuzzing report\n\n");
    int total = 0;
    Map<Integer, Integer> all = new TreeMap<>();
    // A real chart, so that operations on a client get past "not found" to their validation.
    java.util.UUID client = java.util.UUID.randomUUID();
    String records =
        Boolean.getBoolean("kap.fuzz.direct") ? "http://127.0.0.1:8082" : gateway + "/api/records";
    io.restassured.RestAssured.given()
        .baseUri(records)
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType("application/json")
        .body(
            Map.of(
                "personId", client.toString(),
                "givenName", "Fuzz",
                "familyName", "Client",
                "dateOfBirth", "1985-02-03",
                "email", "fuzz-" + client + "@test.kapcare.org",
                "timeZone", "America/Denver",
                "referralSource", "SELF",
                "smsOptIn", false))
        .post("/clients")
        .then()
        .statusCode(201);
    io.restassured.RestAssured.given()
        .baseUri(records)
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType("application/json")
        .body(
            Map.of(
                "therapistId", DemoUser.TESS_THERAPIST.id(),
                "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
                "nurseIds", List.of(DemoUser.NINA_NURSE.id()),
                "primaryClinicianId", DemoUser.TESS_THERAPIST.id()))
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(200);
    Map<String, String> known =
        Map.of(
            "clientId", client.toString(),
            "providerId", DemoUser.PAULA_PRESCRIBER.id(),
            "recipientId", client.toString());
    // What the contract says each operation may answer: the merged document partners receive.
    JsonNode contract =
        new ObjectMapper()
            .readTree(
                http.send(
                        HttpRequest.newBuilder(URI.create(gateway + "/api/openapi.json")).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
    java.util.Set<String> undocumented = new java.util.TreeSet<>();
    for (Service service : SERVICES) {
      if (!System.getProperty("kap.fuzz.only", service.name()).equals(service.name())) {
        continue;
      }
      String document =
          http.send(
                  HttpRequest.newBuilder(URI.create(service.openapi())).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      JsonNode openapi = new ObjectMapper().readTree(document);
      // -Dkap.fuzz.direct=true fuzzes the services without the gateway (while developing).
      String base =
          Boolean.getBoolean("kap.fuzz.direct")
              ? service.openapi().substring(0, service.openapi().indexOf("/q/"))
              : gateway + service.route();
      ApiFuzzer fuzzer = new ApiFuzzer(base, openapi, known);
      for (DemoUser caller : CALLERS) {
        fuzzer.run(caller.bearer());
      }
      for (ApiFuzzer.Outcome o : fuzzer.outcomes()) {
        boolean serverError = o.status() >= 500;
        boolean unexplained =
            o.status() >= 400 && !o.contentType().startsWith("application/problem+json");
        if (serverError || unexplained) {
          failures.add(
              service.name()
                  + " "
                  + o.operation()
                  + " ["
                  + o.mutation()
                  + "] → "
                  + o.status()
                  + " "
                  + o.contentType());
        }
      }
      for (ApiFuzzer.Outcome o : fuzzer.outcomes()) {
        if (!documented(contract, service.route(), o)) {
          undocumented.add(service.route() + " " + o.operation() + " → " + o.status());
        }
      }
      total += fuzzer.outcomes().size();
      fuzzer.countsByStatus().forEach((k, v) -> all.merge(k, v, Integer::sum));
      report
          .append(service.name())
          .append(": ")
          .append(fuzzer.outcomes().size())
          .append(" requests, by status ")
          .append(fuzzer.countsByStatus())
          .append('\n');
    }
    report.append("\nall: ").append(total).append(" requests, by status ").append(all).append('\n');
    report.append("failures: ").append(failures.size()).append('\n');
    failures.stream().limit(200).forEach(f -> report.append("- ").append(f).append('\n'));
    report.append("undocumented statuses: ").append(undocumented.size()).append('\n');
    undocumented.forEach(u -> report.append("- ").append(u).append('\n'));
    Path out = Path.of("target/fuzz-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.println(report);
    assertTrue(total > 1000, "the fuzzer sent only " + total + " requests");
    assertTrue(
        failures.isEmpty(),
        failures.size() + " failures, first: " + failures.stream().limit(20).toList());
    assertTrue(
        undocumented.isEmpty(),
        "answers the contract (/api/openapi.json) does not list for their operation: "
            + undocumented);
  }

  /**
   * Whether the merged document lists the status the operation answered. Through the gateway the
   * operation is the route plus the service's path; the gateway's own refusals are listed there
   * too. A status the request never reached an operation with (a path the fuzzer bent into another,
   * such as {@code ..%2F..}) is judged by the operation it was aimed at all the same.
   */
  private static boolean documented(JsonNode contract, String route, ApiFuzzer.Outcome o) {
    if (Boolean.getBoolean("kap.fuzz.direct")) {
      return true;
    }
    String[] operation = o.operation().split(" ", 2);
    JsonNode responses =
        contract
            .path("paths")
            .path(route + operation[1])
            .path(operation[0].toLowerCase())
            .path("responses");
    return responses.has(Integer.toString(o.status())) || responses.has("default");
  }
}

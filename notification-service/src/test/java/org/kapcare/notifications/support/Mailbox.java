package org.kapcare.notifications.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** What the real SMTP server (GreenMail) received, read through its REST API. */
public final class Mailbox {

  public static final String API =
      "http://127.0.0.1:" + System.getProperty("kap.greenmail.api-port", "8025");

  private Mailbox() {}

  /** Messages delivered to this address: subject and full MIME text each. */
  public static List<Map<String, Object>> of(String address) {
    var response = given().baseUri(API).get("/api/user/{email}/messages/INBOX", address);
    if (response.statusCode() != 200) {
      return List.of();
    }
    JsonPath json = response.jsonPath();
    return json.getList("$");
  }

  public static int count(String address) {
    return of(address).size();
  }

  /** All MIME text received for this address, to search for words. */
  public static String text(String address) {
    StringBuilder all = new StringBuilder();
    for (Map<String, Object> m : of(address)) {
      all.append(m.get("subject")).append('\n').append(m.get("mimeMessage")).append('\n');
    }
    return all.toString();
  }
}

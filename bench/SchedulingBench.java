import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for bench/scheduling-bench.sh (run as a single-file program, JDK only). Measures slot
 * search latency over a 14-day window, then booking throughput with 32 concurrent clients booking
 * distinct free afternoon slots.
 *
 * <p>Arguments: base URL, bearer token, first day (yyyy-mm-dd), searches, bookings.
 */
public class SchedulingBench {

  static final String LOCATION = "00000000-0000-4000-8000-0000000000b1";
  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    LocalDate start = LocalDate.parse(args[2]);
    int searches = Integer.parseInt(args[3]);
    int bookings = Integer.parseInt(args[4]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    // Slot search: 14 days, next 10 slots, for clients of different therapists.
    for (int warm = 0; warm < 20; warm++) {
      search(http, base, token, start, warm);
    }
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < searches; i++) {
      long t0 = System.nanoTime();
      int status = search(http, base, token, start, i);
      micros.add((System.nanoTime() - t0) / 1_000);
      if (status != 200) {
        throw new IllegalStateException("slot search answered " + status);
      }
    }
    Collections.sort(micros);
    System.out.printf(
        "slot_search_ms p50=%.1f p99=%.1f n=%d%n",
        micros.get(micros.size() / 2) / 1000.0,
        micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
        micros.size());

    // Booking: 32 concurrent clients, each request a distinct free afternoon slot of a therapist
    // (14:00-21:00 local, 30 therapists x 56 days x 7 hours), a distinct client from 5041 on.
    ExecutorService pool = Executors.newFixedThreadPool(32);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    long t0 = System.nanoTime();
    List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 32; w++) {
      workers.add(
          pool.submit(
              () -> {
                for (int n = next.getAndIncrement(); n < bookings; n = next.getAndIncrement()) {
                  int therapist = 1 + n % 30;
                  int day = (n / 30) % 56;
                  int hour = 14 + (n / (30 * 56)) % 7;
                  int client = 5041 + n % 4000;
                  String startsAt =
                      start.plusDays(day).atTime(hour, 0).atZone(ZONE).toInstant().toString();
                  String body =
                      """
                      {"typeCode":"preparation","clientId":"%s","locationId":"%s",\
                      "startsAt":"%s","providerIds":["%s"]}"""
                          .formatted(id("9000", client), LOCATION, startsAt, id("a000", therapist));
                  int status = post(http, base + "/appointments", token, body);
                  (status == 201 ? created : refused).incrementAndGet();
                }
                return null;
              }));
    }
    for (var w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    System.out.printf(
        "bookings_per_s=%.0f created=%d refused=%d seconds=%.1f%n",
        created.get() / seconds, created.get(), refused.get(), seconds);
  }

  static int search(HttpClient http, String base, String token, LocalDate start, int i)
      throws Exception {
    String uri =
        base
            + "/slots?type=preparation&locationId="
            + LOCATION
            + "&clientId="
            + id("9000", 5041 + i % 4000)
            + "&from="
            + start.plusDays(i % 28).atStartOfDay(ZONE).toInstant()
            + "&days=14&limit=10";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static int post(HttpClient http, String uri, String token, String body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(uri))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  static String id(String group, int n) {
    return "00000000-0000-4000-" + group + "-" + String.format("%012d", n);
  }
}

package org.kapcare.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kapcare.gateway.config.GatewayConfig;
import org.kapcare.gateway.config.OpenApiConfig;
import org.kapcare.gateway.edge.RouteList;

/**
 * The merged document, built on demand from each service's {@code /q/openapi} (on the service's API
 * port, which only the gateway reaches) and the gateway's own (on the gateway's management port),
 * and cached: a complete document for {@code kap.openapi.cache-for}, an incomplete one (a service
 * down) for ten seconds.
 */
@ApplicationScoped
public class MergedOpenApi {

  private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
  private static final Duration RETRY_INCOMPLETE = Duration.ofSeconds(10);

  private final GatewayConfig gateway;
  private final OpenApiConfig config;
  private final ObjectMapper json;
  private final OpenApiMerger merger;
  private final HttpClient http;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  private record Cached(String document, Instant until) {}

  MergedOpenApi(
      GatewayConfig gateway,
      OpenApiConfig config,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.smallrye-openapi.info-title") String title,
      @ConfigProperty(name = "quarkus.smallrye-openapi.info-version") String version) {
    this.gateway = gateway;
    this.config = config;
    this.json = json;
    this.merger =
        new OpenApiMerger(
            new OpenApiMerger.Settings(
                title,
                version,
                "The public API of KAP Care: the services behind the gateway under"
                    + " `/api/<service>`, and the gateway's views. Every operation needs a bearer"
                    + " token of the kap realm unless it says otherwise; partner clinics reach"
                    + " only the operations that list the partner scheme. Errors are RFC 9457"
                    + " problem+json.",
                config.serverUrl(),
                config.openIdConnectUrl().toString(),
                config.tokenUrl().toString(),
                new RouteList(gateway.partners().allowedRoutes()),
                new RouteList(gateway.publicRoutes())));
    // HTTP/1.1 only: the JDK client otherwise asks each new connection to upgrade to h2c, and a
    // clean-clone run once read the service's HTTP/1.1 answer as HTTP/2 frames ("Frame type(98)
    // length(7369327) exceeds MAX_FRAME_SIZE"), so the document showed the service as missing.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.fetchTimeout())
            .build();
  }

  /** The merged document as JSON. */
  public Uni<String> document() {
    Cached cached = cache.get();
    if (cached != null && Instant.now().isBefore(cached.until())) {
      return Uni.createFrom().item(cached.document());
    }
    List<String> names = new ArrayList<>(gateway.routes().keySet());
    List<Uni<JsonNode>> fetches = new ArrayList<>();
    names.forEach(name -> fetches.add(fetch(gateway.routes().get(name).target())));
    fetches.add(fetch(ownManagementInterface()));
    return Uni.join().all(fetches).andFailFast().map(documents -> build(names, documents));
  }

  /** {@code documents}: one per route in {@code names}, then the gateway's; null if unread. */
  private String build(List<String> names, List<JsonNode> documents) {
    Map<String, JsonNode> services = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (documents.get(i) == null) {
        missing.add(names.get(i));
      } else {
        services.put(names.get(i), documents.get(i));
      }
    }
    JsonNode own = documents.get(names.size());
    if (own == null) {
      missing.add("gateway");
    }
    String document = merger.merge(OpenApiMerger.ordered(own, services), missing).toPrettyString();
    Duration keep = missing.isEmpty() ? config.cacheFor() : RETRY_INCOMPLETE;
    cache.set(new Cached(document, Instant.now().plus(keep)));
    return document;
  }

  private Uni<JsonNode> fetch(URI base) {
    URI uri = base.resolve("/q/openapi?format=json");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.fetchTimeout())
            .header("Accept", "application/json")
            .GET()
            .build();
    return Uni.createFrom()
        .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .map(
            response -> {
              if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
              }
              try {
                return json.readTree(response.body());
              } catch (java.io.IOException e) {
                throw new IllegalStateException(uri + " is not JSON", e);
              }
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf("OpenAPI document of %s unavailable: %s", base, failure.toString());
              return null;
            });
  }

  /**
   * Where the gateway serves its own {@code /q/openapi}: its management interface, read from the
   * configuration on each use (a test run binds a free port and records it there).
   */
  private static URI ownManagementInterface() {
    Config quarkus = ConfigProvider.getConfig();
    String host = quarkus.getOptionalValue("quarkus.management.host", String.class).orElse("");
    if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    int port = quarkus.getValue("quarkus.management.port", Integer.class);
    return URI.create("http://" + host + ":" + port);
  }

  /** Forgets the cached document (tests). */
  public void forget() {
    cache.set(null);
  }
}

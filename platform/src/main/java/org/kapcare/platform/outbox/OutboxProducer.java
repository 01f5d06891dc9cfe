package org.kapcare.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer: idempotent, acknowledged by all in-sync replicas, and quick to give
 * up while the broker is away so the relay can back off instead of blocking.
 *
 * <p>It connects as the service does everywhere else: every {@code kafka.*} client setting of the
 * configuration (bootstrap servers, security protocol, SASL, TLS), the same map the SmallRye Kafka
 * channels start from. Only the relay's delivery guarantees are fixed on top.
 */
@ApplicationScoped
class OutboxProducer {

  private final Map<String, Object> kafka;
  private final String clientId;
  private volatile Producer<String, String> producer;

  OutboxProducer(
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      @ConfigProperty(name = "quarkus.application.name") String clientId) {
    this.kafka = Map.copyOf(kafka);
    this.clientId = clientId;
  }

  Future<RecordMetadata> send(ProducerRecord<String, String> record) {
    return producer().send(record);
  }

  private Producer<String, String> producer() {
    Producer<String, String> current = producer;
    if (current == null) {
      synchronized (this) {
        if (producer == null) {
          producer =
              new KafkaProducer<>(settings(), new StringSerializer(), new StringSerializer());
        }
        current = producer;
      }
    }
    return current;
  }

  Map<String, Object> settings() {
    Map<String, Object> settings = new HashMap<>(kafka);
    // Quarkus adds the application name as a consumer group; a producer has none.
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox");
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 2);
    settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    settings.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
    return settings;
  }

  @PreDestroy
  void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
  }
}

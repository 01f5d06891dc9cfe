package org.kapcare.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.Future;
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
 */
@ApplicationScoped
class OutboxProducer {

  private final String bootstrapServers;
  private final String clientId;
  private volatile Producer<String, String> producer;

  OutboxProducer(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "quarkus.application.name") String clientId) {
    this.bootstrapServers = bootstrapServers;
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

  private Map<String, Object> settings() {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox",
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.LINGER_MS_CONFIG, 2,
        ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
        ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
  }

  @PreDestroy
  void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
  }
}

package org.kapcare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads a real Kafka topic from the offsets it had when the reader was opened, so a test sees only
 * what happened after it started; and writes raw records for redelivery and poison tests. Both as
 * the local test principal ({@link KafkaClients#asTestPrincipal()}), which may write any topic: a
 * test plays whichever service would publish the record.
 */
public final class TopicReader implements AutoCloseable {

  /** Where the local broker listens (see {@link KafkaClients#BOOTSTRAP}). */
  public static final String BOOTSTRAP = KafkaClients.BOOTSTRAP;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  private TopicReader(String topic) {
    Properties props = new Properties();
    props.putAll(KafkaClients.asTestPrincipal());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    ensureExists(topic);
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Creates the topic as the broker would on first use, if it does not exist yet. */
  private static void ensureExists(String topic) {
    try (Admin admin = Admin.create(KafkaClients.asTestPrincipal())) {
      admin
          .createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
          .all()
          .get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + topic, e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens a reader positioned at the current end of {@code topic} (created if missing). */
  public static TopicReader fromNow(String topic) {
    return new TopicReader(topic);
  }

  /**
   * Polls until {@code count} records match or {@code timeout} passes, and returns the matches (all
   * of them seen so far, which may be more than {@code count}).
   */
  public List<ConsumerRecord<String, String>> await(
      Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<String, String>> matches = matching(match);
    while (matches.size() < count && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
      matches = matching(match);
    }
    return matches;
  }

  private List<ConsumerRecord<String, String>> matching(
      Predicate<ConsumerRecord<String, String>> match) {
    return seen.stream().filter(match).toList();
  }

  /** Matches a structured CloudEvent with this subject and type. */
  public static Predicate<ConsumerRecord<String, String>> event(String subject, String type) {
    return r -> {
      JsonNode node = json(r.value());
      return node != null
          && subject.equals(node.path("subject").asText())
          && type.equals(node.path("type").asText());
    };
  }

  /** Parses a record value, or null when it is not JSON. */
  public static JsonNode json(String value) {
    try {
      return value == null ? null : JSON.readTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  /** Writes one raw record (and waits for the broker's acknowledgment). */
  public static void write(String topic, String key, String value) {
    Map<String, Object> props = KafkaClients.asTestPrincipal();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("could not write to " + topic, e);
    }
  }

  /** Serializes a value as JSON. */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}

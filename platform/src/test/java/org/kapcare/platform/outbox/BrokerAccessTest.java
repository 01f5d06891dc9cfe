package org.kapcare.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.testing.KafkaClients;

/**
 * The local broker as every environment runs it (deploy/local/kafka): each client authenticates
 * (SASL/SCRAM) as one principal, and the ACLs let a service write only its own topic and
 * dead-letter topic and read only what it consumes, with its own consumer groups. Whoever reaches
 * the broker without a credential, or with another service's, cannot forge events.
 */
class BrokerAccessTest {

  private static final String SCHEDULING = "scheduling-service";
  private static final String CLINICAL = "clinical-record-service";
  private static final String NOTIFICATION = "notification-service";

  @Test
  void theOutboxPublishesAsItsServicePrincipal() throws Exception {
    OutboxProducer outbox = outbox(CLINICAL);
    try {
      var written = outbox.send(record(Topics.CLINICAL_EVENTS)).get(10, TimeUnit.SECONDS);
      assertEquals(Topics.CLINICAL_EVENTS, written.topic());
    } finally {
      outbox.close();
    }
  }

  @Test
  void aForgedCareTeamEventFromAnotherServiceIsRefused() {
    OutboxProducer outbox = outbox(NOTIFICATION);
    try {
      var failure =
          assertThrows(
              ExecutionException.class,
              () -> outbox.send(record(Topics.CLINICAL_EVENTS)).get(10, TimeUnit.SECONDS));
      assertInstanceOf(TopicAuthorizationException.class, failure.getCause());
    } finally {
      outbox.close();
    }
  }

  @Test
  void eachServiceWritesOnlyItsOwnTopicAndDeadLetterTopic() throws Exception {
    Map<String, String> own =
        Map.of(
            SCHEDULING, Topics.SCHEDULING_EVENTS,
            CLINICAL, Topics.CLINICAL_EVENTS,
            NOTIFICATION, Topics.NOTIFICATION_EVENTS);
    List<String> topics =
        List.of(
            Topics.SCHEDULING_EVENTS,
            Topics.CLINICAL_EVENTS,
            Topics.NOTIFICATION_EVENTS,
            SCHEDULING + ".dlq",
            CLINICAL + ".dlq",
            NOTIFICATION + ".dlq");
    for (String service : own.keySet()) {
      try (var producer = producer(KafkaClients.as(service))) {
        for (String topic : topics) {
          boolean allowed = topic.equals(own.get(service)) || topic.equals(service + ".dlq");
          var sent = producer.send(record(topic));
          if (allowed) {
            sent.get(10, TimeUnit.SECONDS);
          } else {
            var failure = assertThrows(ExecutionException.class, sent::get, service + " " + topic);
            assertInstanceOf(TopicAuthorizationException.class, failure.getCause());
          }
        }
      }
    }
  }

  @Test
  void aServiceReadsOnlyTheTopicsItConsumes() {
    String group = SCHEDULING + ".access-test-" + UUID.randomUUID();
    try (var consumer = consumer(KafkaClients.as(SCHEDULING), group)) {
      consumer.subscribe(List.of(Topics.CLINICAL_EVENTS));
      consumer.poll(Duration.ofSeconds(2)); // allowed: scheduling consumes clinical.events
    }
    try (var consumer = consumer(KafkaClients.as(SCHEDULING), group)) {
      consumer.subscribe(List.of(Topics.NOTIFICATION_EVENTS));
      assertThrows(TopicAuthorizationException.class, () -> poll(consumer));
    }
    try (var consumer = consumer(KafkaClients.as(SCHEDULING), group)) {
      consumer.subscribe(List.of(NOTIFICATION + ".dlq"));
      assertThrows(TopicAuthorizationException.class, () -> poll(consumer));
    }
  }

  @Test
  void aServiceCannotUseAnotherServicesConsumerGroup() {
    // Reading (and committing) in scheduling's group would make scheduling skip those events.
    try (var consumer =
        consumer(KafkaClients.as(NOTIFICATION), SCHEDULING + ".clinical-events.access-test")) {
      consumer.subscribe(List.of(Topics.CLINICAL_EVENTS));
      assertThrows(GroupAuthorizationException.class, () -> poll(consumer));
    }
  }

  @Test
  void aServiceCannotGrantItselfAccessOrCreateTopics() {
    try (Admin admin = Admin.create(KafkaClients.as(NOTIFICATION))) {
      var grant =
          new AclBinding(
              new ResourcePattern(ResourceType.TOPIC, Topics.CLINICAL_EVENTS, PatternType.LITERAL),
              new AccessControlEntry(
                  "User:" + NOTIFICATION, "*", AclOperation.WRITE, AclPermissionType.ALLOW));
      var refused =
          assertThrows(
              ExecutionException.class,
              () -> admin.createAcls(List.of(grant)).all().get(10, TimeUnit.SECONDS));
      assertInstanceOf(ClusterAuthorizationException.class, refused.getCause());
      var topic = new NewTopic("forged-" + UUID.randomUUID(), 1, (short) 1);
      var notCreated =
          assertThrows(
              ExecutionException.class,
              () -> admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS));
      assertInstanceOf(TopicAuthorizationException.class, notCreated.getCause());
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (var producer = producer(KafkaClients.as(CLINICAL, "not-the-password"))) {
      var failure =
          assertThrows(
              Exception.class,
              () -> producer.send(record(Topics.CLINICAL_EVENTS)).get(10, TimeUnit.SECONDS));
      assertInstanceOf(
          SaslAuthenticationException.class,
          failure instanceof ExecutionException ? failure.getCause() : failure);
    }
  }

  @Test
  void anUnauthenticatedClientCannotProduceOrConsume() throws Exception {
    // The broker is up and the topic exists (the service's own principal writes it) ...
    try (var producer = producer(KafkaClients.as(CLINICAL))) {
      producer.send(record(Topics.CLINICAL_EVENTS)).get(10, TimeUnit.SECONDS);
    }
    // ... but without credentials nothing gets through: there is no plaintext client listener.
    try (var producer = producer(KafkaClients.unauthenticated())) {
      assertThrows(
          Exception.class,
          () -> producer.send(record(Topics.CLINICAL_EVENTS)).get(10, TimeUnit.SECONDS));
    }
    try (var consumer =
        consumer(KafkaClients.unauthenticated(), "anonymous-" + UUID.randomUUID())) {
      consumer.subscribe(List.of(Topics.CLINICAL_EVENTS));
      assertFalse(
          consumer.poll(Duration.ofSeconds(3)).iterator().hasNext(), "no record for anyone");
      assertThrows(
          org.apache.kafka.common.errors.TimeoutException.class,
          () -> consumer.partitionsFor(Topics.CLINICAL_EVENTS, Duration.ofSeconds(3)));
    }
  }

  /** The relay's producer exactly as a service builds it, here with that service's credentials. */
  private static OutboxProducer outbox(String service) {
    return new OutboxProducer(KafkaClients.as(service), service);
  }

  private static ProducerRecord<String, String> record(String topic) {
    // Not a CloudEvent: consumers park it on their dead-letter topic if it ever got through.
    return new ProducerRecord<>(topic, UUID.randomUUID().toString(), "broker-access-test");
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> settings) {
    Map<String, Object> props = new HashMap<>(settings);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(
      Map<String, Object> settings, String group) {
    Map<String, Object> props = new HashMap<>(settings);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }

  /** Polls until the broker answers, which for a refused client means an exception. */
  private static void poll(KafkaConsumer<String, String> consumer) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(500));
    }
  }
}

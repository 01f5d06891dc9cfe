package org.kapcare.contracts;

/**
 * The payload of a CloudEvent ({@code data}). Its {@code type} is the versioned name each record
 * declares as {@code TYPE}; its {@code subject} and Kafka key are {@link #subject()}.
 */
public interface DomainEvent {

  /** The id the event is keyed and ordered by: the client id, or the provider id for staff. */
  String subject();
}

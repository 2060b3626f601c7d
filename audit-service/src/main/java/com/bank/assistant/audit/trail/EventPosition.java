package com.bank.assistant.audit.trail;

/**
 * Where an event was read from.
 *
 * @param topic the Kafka topic
 * @param partition the partition of that topic
 * @param offset the offset within that partition
 */
public record EventPosition(String topic, int partition, long offset) {

}

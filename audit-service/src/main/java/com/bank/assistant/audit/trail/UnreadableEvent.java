package com.bank.assistant.audit.trail;

/**
 * Bytes read from a topic that are not an event the trail can chain, kept as they came.
 *
 * @param position where they were read from
 * @param key the Kafka key, or null
 * @param payload the bytes exactly as published
 * @param reason why they cannot be chained
 */
public record UnreadableEvent(EventPosition position, String key, byte[] payload, String reason) {

}

/**
 * Kafka adapters of the chat domain: publishing {@code MessageReceived} and consuming
 * {@code AssistantReplied}. Thin: envelopes in and out, decisions in the domain.
 */
package com.bank.assistant.gateway.messaging;

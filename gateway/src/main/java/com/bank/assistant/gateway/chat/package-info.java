/**
 * The chat domain: conversations owned by one customer, a customer's message published as
 * the first event of a turn, and the replies that answer it. Declares the ports its
 * adapters implement; knows nothing of Kafka, Redis or HTTP.
 */
package com.bank.assistant.gateway.chat;

/**
 * The Kafka side: one function from IntentDetected to SlotsUpdated, one consumer of the
 * replies that end tasks.
 */
package com.bank.assistant.slots.messaging;

/** The Kafka side: one function from IntentDetected to SlotsExtracted. */
package com.bank.assistant.slots.messaging;

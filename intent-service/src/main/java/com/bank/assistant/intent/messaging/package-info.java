/** The Kafka side: one function from MessageReceived to IntentDetected. */
package com.bank.assistant.intent.messaging;

package com.bank.assistant.intent.messaging;

import java.util.function.Function;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.intent.detection.IntentDetection;
import com.bank.assistant.messaging.EventSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds intent detection to the chat topic. */
@Configuration(proxyBeanMethods = false)
class IntentFunctions {

	@Bean
	Function<Envelope, Message<Envelope>> detectIntent(IntentDetection detection, EventSource events) {
		return (message) -> {
			IntentDetected detected = detection.detect(message.dataAs(MessageReceived.class));
			return EventSource.keyed(events.next(message, detected, detected.model()));
		};
	}

}

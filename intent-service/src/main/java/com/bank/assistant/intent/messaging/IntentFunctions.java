package com.bank.assistant.intent.messaging;

import java.util.function.Function;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.intent.detection.GatedIntentDetection;
import com.bank.assistant.intent.detection.IntentDeadlines;
import com.bank.assistant.intent.detection.TurnSoFar;
import com.bank.assistant.messaging.EventSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds intent detection to the chat topic. */
@Configuration(proxyBeanMethods = false)
class IntentFunctions {

	/**
	 * The intent of each message, in an envelope whose deadline is narrowed to the
	 * intent's SLA.
	 */
	@Bean
	Function<Envelope, Message<Envelope>> detectIntent(GatedIntentDetection detection, IntentDeadlines deadlines,
			EventSource events) {
		return (message) -> {
			TurnSoFar turn = TurnSoFar.of(message);
			IntentDetected detected = detection.detect(message.dataAs(MessageReceived.class), turn);
			Envelope next = (detected.model() != null) ? events.next(message, detected, detected.model())
					: events.next(message, detected);
			return EventSource.keyed(next.withDeadline(deadlines.after(detected.intent(), turn)));
		};
	}

}

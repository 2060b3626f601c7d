package com.bank.assistant.slots.messaging;

import java.util.function.Function;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.SlotsExtracted;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.slots.escalation.IntentEscalation;
import com.bank.assistant.slots.extraction.SlotFilling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds slot filling to the intents topic. */
@Configuration(proxyBeanMethods = false)
class SlotFunctions {

	@Bean
	Function<Envelope, Message<Envelope>> extractSlots(SlotFilling filling, EventSource events,
			IntentEscalation escalation) {
		return (message) -> {
			SlotsExtracted slots = filling.extract(message.dataAs(IntentDetected.class), message.time());
			// The policy gate may escalate an unsure SlotsUpdated to the large tier;
			// other events pass.
			return EventSource.keyed(escalation.apply(events.next(message, slots, slots.model())));
		};
	}

}

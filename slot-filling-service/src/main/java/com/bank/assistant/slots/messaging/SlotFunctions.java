package com.bank.assistant.slots.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.gate.EarlyReservation;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.slots.escalation.IntentEscalation;
import com.bank.assistant.slots.turn.SlotTurns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds slot filling to the intents topic, and the end of tasks to the replies topic. */
@Configuration(proxyBeanMethods = false)
class SlotFunctions {

	@Bean
	Function<Envelope, Message<Envelope>> fillSlots(SlotTurns turns, EventSource events, IntentEscalation escalation) {
		return (message) -> {
			Optional<EarlyReservation> early = escalation.reserveEarly(message);
			try {
				return turns.understand(message)
					.map((update) -> published(events, escalation, message, update, early.orElse(null)))
					.orElse(null);
			}
			finally {
				early.ifPresent(escalation::release);
			}
		};
	}

	@Bean
	Consumer<Envelope> endTasks(SlotTurns turns) {
		return turns::endTask;
	}

	/**
	 * The update's envelope, after the policy gate may have escalated an unsure intent to
	 * the large tier (which adds its cost); its budget reservation started when the
	 * message arrived. Its id derives from the message's: published again after a
	 * redelivery, it carries the same id, so consumers drop it as a duplicate.
	 */
	private static Message<Envelope> published(EventSource events, IntentEscalation escalation, Envelope cause,
			SlotsUpdated update, EarlyReservation early) {
		Envelope produced = (update.model() != null) ? events.next(cause, update, update.model())
				: events.next(cause, update);
		Envelope next = escalation.apply(produced, early);
		String id = UUID.nameUUIDFromBytes(("slots-updated:" + cause.id()).getBytes(StandardCharsets.UTF_8)).toString();
		return EventSource.keyed(new Envelope(next.specversion(), id, next.source(), next.type(), next.subject(),
				next.time(), next.datacontenttype(), next.schemaversion(), next.conversationid(), next.customerid(),
				next.correlationid(), next.causationid(), next.deadline(), next.modelcost(), next.data()));
	}

}

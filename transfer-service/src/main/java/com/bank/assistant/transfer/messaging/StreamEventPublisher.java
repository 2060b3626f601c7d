package com.bank.assistant.transfer.messaging;

import java.util.List;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.TransferEvent;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.transfer.dialog.EventPublisher;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Sends transfer events to the {@code transferEvents} binding and replies to
 * {@code dialogReplies}, each chained to its cause and keyed by conversation.
 */
@Component
class StreamEventPublisher implements EventPublisher {

	static final String TRANSFER_EVENTS = "transferEvents";

	static final String DIALOG_REPLIES = "dialogReplies";

	private final StreamBridge bridge;

	private final EventSource events;

	StreamEventPublisher(StreamBridge bridge, EventSource events) {
		this.bridge = bridge;
		this.events = events;
	}

	@Override
	public void publish(Envelope cause, List<AssistantEvent> data) {
		for (AssistantEvent event : data) {
			send(this.events.next(cause, event));
		}
	}

	@Override
	public void send(Envelope envelope) {
		String binding = (envelope.data() instanceof TransferEvent) ? TRANSFER_EVENTS : DIALOG_REPLIES;
		if (!this.bridge.send(binding, EventSource.keyed(envelope))) {
			throw new IllegalStateException("Could not send " + envelope.type() + " to " + binding);
		}
	}

}

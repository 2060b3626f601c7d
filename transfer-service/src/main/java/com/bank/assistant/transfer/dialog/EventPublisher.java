package com.bank.assistant.transfer.dialog;

import java.util.List;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantEvent;

/** Publishes the events a message caused, each in its topic, in order. */
public interface EventPublisher {

	/** Publishes these events as caused by {@code cause}; returns once they are sent. */
	void publish(Envelope cause, List<AssistantEvent> events);

	/** Publishes a ready envelope to its event's topic; returns once it is sent. */
	void send(Envelope envelope);

}

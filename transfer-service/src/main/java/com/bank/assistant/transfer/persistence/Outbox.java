package com.bank.assistant.transfer.persistence;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes envelopes to the {@code outbox} table, inside the caller's transaction: they are
 * published if and only if that transaction commits.
 */
class Outbox {

	private final JdbcClient jdbc;

	private final EventSource events;

	private final EnvelopeCodec codec;

	Outbox(JdbcClient jdbc, EventSource events, EnvelopeCodec codec) {
		this.jdbc = jdbc;
		this.events = events;
		this.codec = codec;
	}

	/** Writes these events, each caused by {@code cause}, in order. */
	void write(Envelope cause, List<AssistantEvent> data) {
		for (AssistantEvent event : data) {
			Envelope envelope = this.events.next(cause, event);
			this.jdbc.sql("INSERT INTO outbox (envelope) VALUES (?)")
				.param(new String(this.codec.write(envelope), StandardCharsets.UTF_8))
				.update();
		}
	}

}

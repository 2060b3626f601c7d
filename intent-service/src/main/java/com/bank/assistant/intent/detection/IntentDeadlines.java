package com.bank.assistant.intent.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The deadline a turn carries once its intent is known: the message's time plus the
 * intent's SLA from the catalog, never later than the deadline it came with.
 */
public final class IntentDeadlines {

	private final Map<String, Duration> slas;

	/** Deadlines from these SLAs by intent name. */
	public IntentDeadlines(Map<String, Duration> slas) {
		this.slas = Map.copyOf(slas);
	}

	/** The turn's deadline after detecting {@code intent}. */
	public Instant after(String intent, TurnSoFar turn) {
		Duration sla = this.slas.get(intent);
		if (sla == null || turn.received() == null) {
			return turn.deadline();
		}
		Instant due = turn.received().plus(sla);
		return (turn.deadline() != null && turn.deadline().isBefore(due)) ? turn.deadline() : due;
	}

}

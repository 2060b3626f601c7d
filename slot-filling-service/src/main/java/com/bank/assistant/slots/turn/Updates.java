package com.bank.assistant.slots.turn;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.slots.extraction.Extraction;
import com.bank.assistant.slots.frame.FrameChange;

/** The {@code SlotsUpdated} of one message. */
final class Updates {

	private Updates() {
	}

	static SlotsUpdated of(IntentDetected detected, ReviewedIntent intent, Extraction extraction, FrameChange change) {
		return new SlotsUpdated(detected.text(), detected.locale(), intent.intent(), intent.confidence(),
				intent.alternatives(), extraction.values(), change.frame().values(), change.changed(), change.missing(),
				change.problems(), change.frame().candidates(), change.frame().attempts(), change.handOff(),
				intent.decisions(), extraction.model());
	}

}

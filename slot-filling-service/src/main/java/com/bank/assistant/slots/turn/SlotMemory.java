package com.bank.assistant.slots.turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.slots.frame.SlotFrame;

/**
 * What slot filling keeps per conversation: the frame, and enough of the events applied
 * to it to apply none twice.
 *
 * @param frame the frame
 * @param applied ids of the latest envelopes applied (messages and replies), oldest first
 * @param lastTurn id of the last message's envelope applied
 * @param lastTurnAt its time, to drop a message older than it
 * @param lastUpdate the update published for it, to publish again when that message is
 * delivered again (its first publication may have failed)
 */
public record SlotMemory(SlotFrame frame, List<String> applied, String lastTurn, Instant lastTurnAt,
		SlotsUpdated lastUpdate) {

	/** A conversation with nothing remembered. */
	public static final SlotMemory EMPTY = new SlotMemory(SlotFrame.EMPTY, List.of(), null, null, null);

	/** How many envelope ids are remembered: far more than a redelivery reaches back. */
	static final int REMEMBERED_IDS = 64;

	public SlotMemory {
		frame = (frame != null) ? frame : SlotFrame.EMPTY;
		applied = (applied != null) ? List.copyOf(applied) : List.of();
	}

	/** Whether that envelope was applied already. */
	public boolean applied(String envelopeId) {
		return this.applied.contains(envelopeId);
	}

	/** The memory after a message. */
	SlotMemory afterTurn(String envelopeId, Instant time, SlotFrame next, SlotsUpdated update) {
		return new SlotMemory(next, remember(envelopeId), envelopeId, time, update);
	}

	/** The memory after a reply. */
	SlotMemory afterReply(String envelopeId, SlotFrame next) {
		return new SlotMemory(next, remember(envelopeId), this.lastTurn, this.lastTurnAt, this.lastUpdate);
	}

	private List<String> remember(String envelopeId) {
		List<String> ids = new ArrayList<>(this.applied);
		ids.add(envelopeId);
		return (ids.size() > REMEMBERED_IDS) ? ids.subList(ids.size() - REMEMBERED_IDS, ids.size()) : ids;
	}

}

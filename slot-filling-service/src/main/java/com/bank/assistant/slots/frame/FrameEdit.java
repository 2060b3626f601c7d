package com.bank.assistant.slots.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;

/** A frame being changed by one message. */
final class FrameEdit {

	final String turn;

	final Map<String, FrameSlot> slots;

	String saidName;

	List<Recipient> candidates;

	FrameEdit(SlotFrame frame, String turn) {
		this.turn = turn;
		this.slots = new LinkedHashMap<>(frame.slots());
		this.saidName = frame.saidName();
		this.candidates = new ArrayList<>(frame.candidates());
	}

	/** Sets a value; the same value said again keeps the span and turn that set it. */
	void set(String slot, SlotValue value) {
		FrameSlot held = this.slots.get(slot);
		if (held == null || !Objects.equals(held.value().value(), value.value())) {
			this.slots.put(slot, new FrameSlot(value, this.turn));
		}
	}

	/** Values equal to the earlier frame's keep the span and turn that set them. */
	void keepUnchanged(SlotFrame earlier) {
		this.slots.replaceAll((slot, held) -> Objects.equals(earlier.value(slot), held.value().value())
				? earlier.slots().get(slot) : held);
	}

	void remove(String slot) {
		this.slots.remove(slot);
	}

	String value(String slot) {
		FrameSlot held = this.slots.get(slot);
		return (held != null) ? held.value().value() : null;
	}

	/** The recipient is known: nothing is pending about it any more. */
	void settled() {
		this.saidName = null;
		this.candidates = new ArrayList<>();
	}

	SlotFrame frame(String task, Map<String, Integer> attempts, List<String> turns) {
		return new SlotFrame(task, this.slots, this.saidName, this.candidates, attempts, turns);
	}

}

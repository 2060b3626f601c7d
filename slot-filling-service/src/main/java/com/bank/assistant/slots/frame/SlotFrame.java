package com.bank.assistant.slots.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;

/**
 * What a conversation's current task collected.
 *
 * @param task the intent whose required slots are being collected, null when none is
 * @param slots slot name to value and the turn that set it
 * @param saidName the recipient name said that is not resolved yet (ambiguous or
 * unknown), or null
 * @param candidates the contacts that name matched when several did, empty otherwise
 * @param attempts slot name to how many times in a row it was the slot to ask
 * @param turns the correlation ids of the task's messages, oldest first
 */
public record SlotFrame(String task, Map<String, FrameSlot> slots, String saidName, List<Recipient> candidates,
		Map<String, Integer> attempts, List<String> turns) {

	/** Nothing collected. */
	public static final SlotFrame EMPTY = new SlotFrame(null, Map.of(), null, List.of(), Map.of(), List.of());

	/** Problem of a name that several contacts match. */
	public static final String AMBIGUOUS_CONTACT = "AMBIGUOUS_CONTACT";

	/** Problem of a name that no contact matches. */
	public static final String UNKNOWN_CONTACT = "UNKNOWN_CONTACT";

	public SlotFrame {
		slots = ordered(slots);
		candidates = (candidates != null) ? List.copyOf(candidates) : List.of();
		attempts = (attempts != null) ? Map.copyOf(attempts) : Map.of();
		turns = (turns != null) ? List.copyOf(turns) : List.of();
	}

	/** The values alone, in the order of {@link Slots#ALL}. */
	public Map<String, SlotValue> values() {
		Map<String, SlotValue> values = new LinkedHashMap<>();
		this.slots.forEach((name, slot) -> values.put(name, slot.value()));
		return values;
	}

	/** The value of a slot, or null. */
	public String value(String slot) {
		FrameSlot held = this.slots.get(slot);
		return (held != null) ? held.value().value() : null;
	}

	/** Why the recipient is not resolved, or null when nothing is pending. */
	public String recipientProblem() {
		if (!this.candidates.isEmpty()) {
			return AMBIGUOUS_CONTACT;
		}
		return (this.saidName != null) ? UNKNOWN_CONTACT : null;
	}

	/**
	 * The frame once the task that the message {@code turn} belonged to has ended: what
	 * that message and the ones before it set is gone; what later messages set (they were
	 * read before the end was) stays. Unchanged when the turn is not one of the task's.
	 */
	public SlotFrame endTask(String turn) {
		int index = this.turns.indexOf(turn);
		if (index < 0) {
			return this;
		}
		List<String> later = this.turns.subList(index + 1, this.turns.size());
		Map<String, FrameSlot> kept = new LinkedHashMap<>(this.slots);
		kept.values().removeIf((slot) -> !later.contains(slot.turn()));
		if (later.isEmpty()) {
			return EMPTY;
		}
		return new SlotFrame(this.task, kept, this.saidName, this.candidates, Map.of(), new ArrayList<>(later));
	}

	/**
	 * The slots in the order of {@link Slots#ALL}; the currency belongs to the turn of
	 * its amount, so that "30 reais" after "50 reais" owns both.
	 */
	private static Map<String, FrameSlot> ordered(Map<String, FrameSlot> slots) {
		Map<String, FrameSlot> ordered = new LinkedHashMap<>();
		if (slots != null) {
			Slots.ALL.stream().filter(slots::containsKey).forEach((name) -> ordered.put(name, slots.get(name)));
			slots.forEach(ordered::putIfAbsent);
		}
		FrameSlot amount = ordered.get(Slots.AMOUNT);
		FrameSlot currency = ordered.get(Slots.CURRENCY);
		if (amount != null && currency != null && !Objects.equals(amount.turn(), currency.turn())) {
			ordered.put(Slots.CURRENCY, new FrameSlot(currency.value(), amount.turn()));
		}
		return Collections.unmodifiableMap(ordered);
	}

}

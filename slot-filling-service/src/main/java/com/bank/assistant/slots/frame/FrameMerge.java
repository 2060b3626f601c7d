package com.bank.assistant.slots.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.slots.contacts.Contact;

/**
 * Folds one message into a conversation's frame. New values fill the frame, a value said
 * again replaces the old one (a correction: "não, 30 reais", "na verdade pro João"), and
 * a task message that carries every required value on its own starts a new frame.
 */
public final class FrameMerge {

	/** Intents that answer the question asked, and so count as an attempt at it. */
	private static final Set<String> ANSWERS = Set.of("inform", "deny", "out_of_scope");

	/** Most turns a frame remembers, far more than any task takes. */
	private static final int MAX_TURNS = 50;

	private final Requirements requirements;

	private final int maxAttempts;

	/**
	 * Merging for these task requirements; the human agent is offered once a slot was
	 * asked {@code maxAttempts} times in a row and is still missing.
	 */
	public FrameMerge(Requirements requirements, int maxAttempts) {
		this.requirements = requirements;
		this.maxAttempts = maxAttempts;
	}

	/** The frame after the message, with the customer's contacts at hand if needed. */
	public FrameChange apply(SlotFrame before, Said said, Supplier<List<Contact>> contacts) {
		RecipientStep recipients = new RecipientStep(contacts);
		FrameEdit edit = fresh(before, said, recipients);
		if (edit == null) {
			edit = new FrameEdit(before, said.turn());
			values(edit, said, recipients);
		}
		String task = this.requirements.isTask(said.intent()) ? said.intent() : before.task();
		List<String> missing = this.requirements.missing(task, edit.slots);
		List<String> turns = turns(before, task, edit, said.turn());
		List<String> changed = changed(before, edit.frame(task, Map.of(), turns));
		Map<String, Integer> attempts = attempts(before, task, answering(said.intent(), task, changed), missing);
		SlotFrame after = edit.frame(task, attempts, turns);
		boolean handOff = !missing.isEmpty() && attempts.getOrDefault(missing.get(0), 0) > this.maxAttempts;
		return new FrameChange(after, changed, missing, problems(said.errors(), after), handOff);
	}

	/**
	 * The frame as it was, for a message whose values could not be read (the policy gate
	 * blocked the extractors): nothing changes and no attempt is counted.
	 */
	public FrameChange unread(SlotFrame before) {
		return new FrameChange(before, List.of(), this.requirements.missing(before.task(), before.slots()),
				problems(Map.of(), before), false);
	}

	/**
	 * The message's own frame when it is a task message that needs nothing more; a value
	 * it repeats keeps the turn that set it.
	 */
	private FrameEdit fresh(SlotFrame before, Said said, RecipientStep recipients) {
		if (!this.requirements.isTask(said.intent()) || said.values().isEmpty()) {
			return null;
		}
		FrameEdit own = new FrameEdit(SlotFrame.EMPTY, said.turn());
		values(own, said, recipients);
		boolean complete = this.requirements.missing(said.intent(), own.slots).isEmpty();
		if (!complete || !own.candidates.isEmpty()) {
			return null;
		}
		own.keepUnchanged(before);
		return own;
	}

	private static void values(FrameEdit edit, Said said, RecipientStep recipients) {
		SlotValue amount = said.value(Slots.AMOUNT);
		if (amount != null) {
			edit.set(Slots.AMOUNT, amount);
			edit.set(Slots.CURRENCY, currency(said, amount));
		}
		recipients.apply(edit, said);
		if (said.value(Slots.DATE) != null) {
			edit.set(Slots.DATE, said.value(Slots.DATE));
		}
	}

	private static SlotValue currency(Said said, SlotValue amount) {
		SlotValue currency = said.value(Slots.CURRENCY);
		return (currency != null) ? currency : new SlotValue("BRL", amount.start(), amount.end(), amount.confidence());
	}

	/**
	 * Whether the message was an answer that got nowhere: an answer or the task's own
	 * intent that changed nothing in the frame. One that changed a value ("make it 40
	 * instead" while the recipient is asked) made progress, and is not held against the
	 * customer.
	 */
	private static boolean answering(String intent, String task, List<String> changed) {
		return changed.isEmpty() && (ANSWERS.contains(intent) || (task != null && task.equals(intent)));
	}

	/**
	 * Counts, for the slot the dialog asks next (the first missing), how many messages in
	 * a row answered it in vain; any other slot starts again.
	 */
	private static Map<String, Integer> attempts(SlotFrame before, String task, boolean answering,
			List<String> missing) {
		if (task == null || missing.isEmpty()) {
			return Map.of();
		}
		String asked = missing.get(0);
		int previous = before.attempts().getOrDefault(asked, 0);
		return Map.of(asked, answering ? previous + 1 : Math.max(previous, 1));
	}

	private static List<String> turns(SlotFrame before, String task, FrameEdit edit, String turn) {
		List<String> turns = new ArrayList<>(before.turns());
		if ((task != null || !edit.slots.isEmpty()) && turn != null && !turns.contains(turn)) {
			turns.add(turn);
		}
		return (turns.size() > MAX_TURNS) ? turns.subList(turns.size() - MAX_TURNS, turns.size()) : turns;
	}

	private static List<String> changed(SlotFrame before, SlotFrame after) {
		return Slots.ALL.stream().filter((slot) -> !Objects.equals(before.value(slot), after.value(slot))).toList();
	}

	private static Map<String, String> problems(Map<String, String> errors, SlotFrame after) {
		Map<String, String> problems = new LinkedHashMap<>(errors);
		String recipient = after.recipientProblem();
		if (recipient != null) {
			problems.put(Slots.RECIPIENT, recipient);
		}
		return problems;
	}

}

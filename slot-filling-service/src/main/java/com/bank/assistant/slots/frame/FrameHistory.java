package com.bank.assistant.slots.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;

/**
 * Rebuilds a conversation's frame from its events alone: each {@code SlotsUpdated} is the
 * frame after its message (a slot belongs to the last message that changed it), and each
 * {@code AssistantReplied} whose dialog state ends the task drops what that turn and the
 * ones before it set. The Redis copy is a snapshot of this fold.
 */
public final class FrameHistory {

	private final Requirements requirements;

	private final Set<String> taskEndStates;

	/** Replays for these tasks, ending one on a reply in any of these dialog states. */
	public FrameHistory(Requirements requirements, Set<String> taskEndStates) {
		this.requirements = requirements;
		this.taskEndStates = Set.copyOf(taskEndStates);
	}

	/**
	 * The frame after these events of one conversation, in the order they were logged.
	 */
	public SlotFrame rebuild(List<Envelope> history) {
		SlotFrame frame = SlotFrame.EMPTY;
		for (Envelope envelope : history) {
			if (envelope.data() instanceof SlotsUpdated update) {
				frame = replay(frame, update, envelope.correlationid());
			}
			else if (envelope.data() instanceof AssistantReplied reply && endsTask(reply)) {
				frame = frame.endTask(envelope.correlationid());
			}
		}
		return frame;
	}

	/** Whether a reply in this dialog state means the task is over. */
	public boolean endsTask(AssistantReplied reply) {
		return reply.dialogState() != null && this.taskEndStates.contains(reply.dialogState());
	}

	private SlotFrame replay(SlotFrame before, SlotsUpdated update, String turn) {
		Map<String, FrameSlot> slots = new LinkedHashMap<>();
		Map<String, SlotValue> frame = (update.frame() != null) ? update.frame() : Map.of();
		List<String> changed = (update.changed() != null) ? update.changed() : List.of();
		frame.forEach((name, value) -> {
			FrameSlot held = before.slots().get(name);
			slots.put(name, (held == null || changed.contains(name)) ? new FrameSlot(value, turn) : held);
		});
		String task = this.requirements.isTask(update.intent()) ? update.intent() : before.task();
		List<String> turns = new ArrayList<>(before.turns());
		if ((task != null || !slots.isEmpty()) && !turns.contains(turn)) {
			turns.add(turn);
		}
		return new SlotFrame(task, slots, saidName(before, update), update.candidates(), update.attempts(), turns);
	}

	private static String saidName(SlotFrame before, SlotsUpdated update) {
		if (update.problems() == null || !update.problems().containsKey(Slots.RECIPIENT)) {
			return null;
		}
		SlotValue said = (update.extracted() != null) ? update.extracted().get(Slots.RECIPIENT) : null;
		return (said != null) ? said.value() : before.saidName();
	}

}

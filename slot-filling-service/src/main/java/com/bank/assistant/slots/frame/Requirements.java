package com.bank.assistant.slots.frame;

import java.util.List;
import java.util.Map;

/**
 * The slots each task intent requires, in the order to ask them (from the intent
 * catalog). An intent with required slots is a task: its frame is collected over several
 * messages. A Pix key fills the recipient: it says where the money goes.
 *
 * @param required intent name to its required slots, in asking order
 */
public record Requirements(Map<String, List<String>> required) {

	public Requirements {
		required = Map.copyOf(required);
	}

	/** Whether messages of this intent start or continue a task. */
	public boolean isTask(String intent) {
		return intent != null && this.required.containsKey(intent);
	}

	/** The task's required slots the values lack, in asking order. */
	public List<String> missing(String task, Map<String, ?> values) {
		if (!isTask(task)) {
			return List.of();
		}
		return this.required.get(task).stream().filter((slot) -> !filled(slot, values)).toList();
	}

	private static boolean filled(String slot, Map<String, ?> values) {
		return values.containsKey(slot) || (Slots.RECIPIENT.equals(slot) && values.containsKey(Slots.PIX_KEY));
	}

}

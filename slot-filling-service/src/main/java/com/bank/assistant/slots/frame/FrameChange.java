package com.bank.assistant.slots.frame;

import java.util.List;
import java.util.Map;

/**
 * A frame after one message, and what the message did to it.
 *
 * @param frame the frame after the message
 * @param changed the slots the message set, replaced or removed
 * @param missing the task's required slots still absent, in asking order
 * @param problems slot name to why its value was rejected or is unresolved
 * @param handOff whether the slot to ask was asked too many times in a row
 */
public record FrameChange(SlotFrame frame, List<String> changed, List<String> missing, Map<String, String> problems,
		boolean handOff) {

}

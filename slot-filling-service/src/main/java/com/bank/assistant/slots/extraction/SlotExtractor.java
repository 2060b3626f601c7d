package com.bank.assistant.slots.extraction;

import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;

/** Finds slot values in a message. */
public interface SlotExtractor {

	/**
	 * Adds what this extractor finds to {@code slots}, never overwriting a value already
	 * there, and claims the characters it read in {@code utterance}.
	 * @param utterance the message, its tokens and what is claimed already
	 * @param slots slot name to value, filled in place
	 */
	void extract(Utterance utterance, Map<String, SlotValue> slots);

}

package com.bank.assistant.slots.extraction;

import java.time.LocalDate;
import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;

/** Finds slot values in a message. */
public interface SlotExtractor {

	/**
	 * Adds what this extractor finds to {@code slots}, never overwriting a value already
	 * there.
	 * @param text the message
	 * @param locale {@code pt-BR} or {@code en}
	 * @param today the request's date in America/Sao_Paulo
	 * @param slots slot name to value, filled in place
	 */
	void extract(String text, String locale, LocalDate today, Map<String, SlotValue> slots);

}

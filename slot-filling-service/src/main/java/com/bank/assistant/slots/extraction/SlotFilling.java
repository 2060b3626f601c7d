package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.SlotValue;

/**
 * Runs the extractors on messages whose intent can carry slots, and reports what the step
 * cost. Pix keys are read first, then dates and amounts, each claiming its characters, so
 * that the recipient model never reads a key, an amount word or a date word as a name.
 */
public final class SlotFilling {

	/** Dates are resolved against the bank's clock. */
	public static final ZoneId BANK_ZONE = ZoneId.of("America/Sao_Paulo");

	/** The extractors of values, in the order they claim characters. */
	static final List<SlotExtractor> VALUE_EXTRACTORS = List.of(new PixKeyExtractor(), new DateExtractor(),
			new AmountExtractor());

	/**
	 * Intents whose messages carry values: a transfer, an answer, and a "no" that
	 * corrects ("não, 30 reais").
	 */
	private static final Set<String> INTENTS_WITH_SLOTS = Set.of("pix_transfer", "inform", "deny");

	/** The extractors' name, as events and the policy catalog know it. */
	public static final String MODEL = "slot-extractors";

	private static final String VERSION = "rules-2+opennlp-name-finder-1";

	private final RecipientExtractor recipients = new RecipientExtractor();

	private final BigDecimal pricePerCall;

	/**
	 * Slot filling whose calls are priced at {@code pricePerCall} BRL; trains the name
	 * model now if this JVM has not yet.
	 */
	public SlotFilling(BigDecimal pricePerCall) {
		this.pricePerCall = pricePerCall;
		extract("manda 10 reais pra Ana amanhã", "pt-BR", LocalDate.of(2026, 1, 5));
	}

	/** The slots of the message, read at {@code requestTime}. */
	public Extraction extract(IntentDetected detected, Instant requestTime) {
		return extract(detected.intent(), detected.text(), detected.locale(), requestTime);
	}

	/**
	 * The slots of a message of this intent, read at {@code requestTime}; none for an
	 * intent that carries no values.
	 */
	public Extraction extract(String intent, String text, String locale, Instant requestTime) {
		long started = System.nanoTime();
		Map<String, SlotValue> slots = Map.of();
		if (INTENTS_WITH_SLOTS.contains(intent) && text != null) {
			LocalDate today = LocalDate.ofInstant((requestTime != null) ? requestTime : Instant.now(), BANK_ZONE);
			slots = extract(text, locale, today);
		}
		ModelUsage usage = new ModelUsage(MODEL, VERSION, (System.nanoTime() - started) / 1_000, this.pricePerCall);
		return new Extraction(slots, usage);
	}

	/**
	 * The slots of {@code text} in {@code locale}, read on {@code today} in São Paulo.
	 */
	public Map<String, SlotValue> extract(String text, String locale, LocalDate today) {
		Utterance utterance = new Utterance(text, locale, today);
		Map<String, SlotValue> slots = new LinkedHashMap<>();
		VALUE_EXTRACTORS.forEach((extractor) -> extractor.extract(utterance, slots));
		this.recipients.extract(utterance, slots);
		return slots;
	}

}

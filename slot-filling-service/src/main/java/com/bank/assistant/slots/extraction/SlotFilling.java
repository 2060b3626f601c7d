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
import com.bank.assistant.contracts.event.SlotsExtracted;

/**
 * Runs the extractors on messages whose intent can carry slots, and reports what the step
 * cost.
 */
public final class SlotFilling {

	/** Dates are resolved against the bank's clock. */
	public static final ZoneId BANK_ZONE = ZoneId.of("America/Sao_Paulo");

	private static final Set<String> INTENTS_WITH_SLOTS = Set.of("pix_transfer", "inform");

	private final List<SlotExtractor> extractors = List.of(new PixKeyExtractor(), new AmountExtractor(),
			new DateExtractor(), new RecipientExtractor());

	private final BigDecimal pricePerCall;

	/** Slot filling whose calls are priced at {@code pricePerCall} BRL. */
	public SlotFilling(BigDecimal pricePerCall) {
		this.pricePerCall = pricePerCall;
	}

	/** The slots of the message, read at {@code requestTime}. */
	public SlotsExtracted extract(IntentDetected detected, Instant requestTime) {
		long started = System.nanoTime();
		Map<String, SlotValue> slots = new LinkedHashMap<>();
		if (INTENTS_WITH_SLOTS.contains(detected.intent())) {
			LocalDate today = LocalDate.ofInstant(requestTime, BANK_ZONE);
			this.extractors.forEach((extractor) -> extractor.extract(detected.text(), detected.locale(), today, slots));
		}
		ModelUsage usage = new ModelUsage("interim-slot-rules", "interim-1", (System.nanoTime() - started) / 1_000,
				this.pricePerCall);
		return new SlotsExtracted(detected.text(), detected.locale(), detected.intent(), detected.confidence(), slots,
				usage);
	}

}

package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * The amount and its currency. Digits in either decimal convention, number words in both
 * languages, scales ("1,5 mil", "2k"), slang ("conto", "pila", "bucks"), cents. The
 * currency is BRL unless one is said; "$" alone is read as USD, as the NLU contract says,
 * with a lower confidence in pt-BR, where people sometimes write it for reais. Never a
 * guess: a negative, zero, malformed or too large amount, cents of 100 or more, or two
 * different amounts fill {@code amount_error} with an {@link AmountError} code instead.
 */
public final class AmountExtractor implements SlotExtractor {

	/** The slot of a rejected amount; its value is an {@link AmountError} code. */
	public static final String ERROR_SLOT = "amount_error";

	/** The largest amount read: one billion. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	@Override
	public void extract(Utterance utterance, Map<String, SlotValue> slots) {
		List<MoneyCandidate> found = new MoneyReader(utterance).readAll();
		if (found.isEmpty()) {
			return;
		}
		found.forEach((candidate) -> utterance.claim(candidate.start(), candidate.end()));
		MoneyCandidate first = found.get(0);
		MoneyCandidate wrong = found.stream().filter((candidate) -> candidate.error() != null).findFirst().orElse(null);
		if (wrong != null) {
			error(slots, wrong.error(), wrong.start(), wrong.end());
		}
		else if (found.stream().anyMatch((candidate) -> !candidate.sameAs(first))) {
			error(slots, AmountError.AMBIGUOUS_MULTIPLE, first.start(), found.get(found.size() - 1).end());
		}
		else {
			put(utterance, slots, first);
		}
	}

	private static void put(Utterance utterance, Map<String, SlotValue> slots, MoneyCandidate money) {
		String amount = money.value().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
		slots.putIfAbsent("amount", new SlotValue(amount, money.start(), money.end(), money.confidence()));
		Token said = money.currencyToken();
		double confidence = (said == null) ? 0.9 : ambiguousDollar(utterance, said) ? 0.7 : 0.98;
		int start = (said != null) ? said.start() : money.start();
		int end = (said != null) ? said.end() : money.end();
		slots.putIfAbsent("currency", new SlotValue(money.effectiveCurrency(), start, end, confidence));
	}

	private static boolean ambiguousDollar(Utterance utterance, Token said) {
		return said.is("$") && utterance.locale().startsWith("pt");
	}

	private static void error(Map<String, SlotValue> slots, AmountError error, int start, int end) {
		slots.putIfAbsent(ERROR_SLOT, new SlotValue(error.name(), start, end, 1.0));
	}

}

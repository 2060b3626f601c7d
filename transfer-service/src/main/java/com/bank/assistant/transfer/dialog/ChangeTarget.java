package com.bank.assistant.transfer.dialog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the customer names when asked what to change in a transfer they turned down ("o
 * valor", "the recipient"): the amount, the recipient, or neither (or both).
 */
enum ChangeTarget {

	/** The amount. */
	AMOUNT,

	/** Who receives it. */
	RECIPIENT,

	/** Neither, or both: the question is asked again. */
	UNCLEAR;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Set<String> AMOUNT_WORDS = Set.of("valor", "quantia", "quanto", "montante", "dinheiro",
			"amount", "value", "sum", "much", "money");

	private static final Set<String> RECIPIENT_WORDS = Set.of("quem", "pessoa", "nome", "destinatario", "recebe",
			"favorecido", "chave", "contato", "recipient", "person", "name", "who", "payee", "key", "contact");

	/** What {@code text} names. */
	static ChangeTarget of(String text) {
		boolean amount = false;
		boolean recipient = false;
		Matcher words = WORD.matcher(Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT));
		while (words.find()) {
			amount |= AMOUNT_WORDS.contains(words.group());
			recipient |= RECIPIENT_WORDS.contains(words.group());
		}
		if (amount == recipient) {
			return UNCLEAR;
		}
		return amount ? AMOUNT : RECIPIENT;
	}

}

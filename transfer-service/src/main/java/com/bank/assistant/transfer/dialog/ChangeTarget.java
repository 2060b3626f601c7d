package com.bank.assistant.transfer.dialog;

import java.util.List;
import java.util.Set;

import com.bank.assistant.catalog.ExampleText;

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

	private static final Set<String> AMOUNT_WORDS = Set.of("valor", "quantia", "quanto", "montante", "dinheiro",
			"amount", "value", "sum", "much", "money");

	private static final Set<String> RECIPIENT_WORDS = Set.of("quem", "pessoa", "nome", "destinatario", "recebe",
			"favorecido", "chave", "contato", "recipient", "person", "name", "who", "payee", "key", "contact");

	/** What {@code text} names. */
	static ChangeTarget of(String text) {
		List<String> words = List.of(ExampleText.key((text != null) ? text : "").split(" "));
		boolean amount = words.stream().anyMatch(AMOUNT_WORDS::contains);
		boolean recipient = words.stream().anyMatch(RECIPIENT_WORDS::contains);
		if (amount == recipient) {
			return UNCLEAR;
		}
		return amount ? AMOUNT : RECIPIENT;
	}

}

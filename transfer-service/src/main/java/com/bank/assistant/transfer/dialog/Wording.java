package com.bank.assistant.transfer.dialog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.transfer.ledger.Posting;

/** Helpers both languages' phrases share. */
final class Wording {

	/** The customers' time zone, for dates shown to them. */
	static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

	private Wording() {
	}

	/** {@code A}, {@code A or B}, {@code A, B or C}, with the language's conjunction. */
	static String either(List<String> names, String conjunction) {
		if (names.size() == 1) {
			return names.get(0);
		}
		String head = String.join(", ", names.subList(0, names.size() - 1));
		return head + " " + conjunction + " " + names.get(names.size() - 1);
	}

	/** The text with its first letter in upper case. */
	static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Whether the recipient is known only by its key. */
	static boolean keyOnly(Recipient recipient) {
		return recipient.name() == null || recipient.name().equals(recipient.pixKey());
	}

	/** The statement's lines, one per posting. */
	static String lines(List<Posting> postings, Language language, String datePattern) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern(datePattern).withZone(SAO_PAULO);
		return postings.stream()
			.map((posting) -> "• " + format.format(posting.postedAt()) + "  "
					+ MoneyFormat.format(posting.amount(), language) + "  " + posting.counterparty())
			.collect(Collectors.joining("\n"));
	}

}

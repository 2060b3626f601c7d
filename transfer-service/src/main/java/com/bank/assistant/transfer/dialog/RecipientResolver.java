package com.bank.assistant.transfer.dialog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.bank.assistant.transfer.ledger.Contact;

/**
 * Finds the contacts a name means, ignoring accents and case: a full name, or a first
 * name that several contacts may share.
 */
final class RecipientResolver {

	private RecipientResolver() {
	}

	/** The contacts whose full name or first name is this name. */
	static List<Contact> resolve(String name, List<Contact> contacts) {
		String wanted = fold(name);
		List<Contact> byFullName = contacts.stream().filter((contact) -> fold(contact.name()).equals(wanted)).toList();
		if (!byFullName.isEmpty()) {
			return byFullName;
		}
		return contacts.stream().filter((contact) -> firstName(fold(contact.name())).equals(wanted)).toList();
	}

	/** The contact whose Pix key this is, or null. */
	static Contact byKey(String pixKey, List<Contact> contacts) {
		return contacts.stream()
			.filter((contact) -> contact.pixKey().equalsIgnoreCase(pixKey))
			.findFirst()
			.orElse(null);
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String firstName(String folded) {
		int space = folded.indexOf(' ');
		return (space < 0) ? folded : folded.substring(0, space);
	}

}

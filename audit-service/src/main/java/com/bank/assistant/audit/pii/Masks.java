package com.bank.assistant.audit.pii;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How each kind of personal datum reads in the general view: enough to tell records apart
 * and to recognise the kind of key, never enough to identify a person.
 */
public final class Masks {

	private static final Pattern EVP = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern NUMERIC = Pattern.compile("[0-9.\\-/() +]+");

	private Masks() {
	}

	/** Free text: only its length remains. */
	public static String text(String text) {
		return "[masked: " + text.codePointCount(0, text.length()) + " chars]";
	}

	/** A person's name: the initial of each word ("Ana Souza" reads "A*** S***"). */
	public static String name(String name) {
		return Arrays.stream(name.strip().split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.map((word) -> new String(Character.toChars(word.codePointAt(0))) + "***")
			.collect(Collectors.joining(" "));
	}

	/**
	 * A Pix key by its kind: e-mail, CPF, CNPJ, phone or random (EVP) key; anything else
	 * as free text.
	 */
	public static String pixKey(String key) {
		String trimmed = key.strip();
		if (trimmed.contains("@")) {
			return email(trimmed);
		}
		if (EVP.matcher(trimmed).matches()) {
			return trimmed.substring(0, 4) + "****-****-****-****-********" + trimmed.substring(trimmed.length() - 4);
		}
		if (NUMERIC.matcher(trimmed).matches()) {
			return number(trimmed);
		}
		return text(trimmed);
	}

	private static String email(String email) {
		int at = email.lastIndexOf('@');
		String local = email.substring(0, at);
		String domain = email.substring(at + 1);
		int dot = domain.indexOf('.');
		String suffix = (dot >= 0) ? domain.substring(dot) : "";
		return initial(local) + "***@" + initial(domain) + "***" + suffix;
	}

	private static String number(String number) {
		String digits = number.replaceAll("\\D", "");
		if (!number.startsWith("+") && digits.length() == 11) {
			return "***." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-**";
		}
		if (!number.startsWith("+") && digits.length() == 14) {
			return "**.***.***/" + digits.substring(8, 12) + "-**";
		}
		return (digits.length() <= 4) ? "****" : "(**) *****-" + digits.substring(digits.length() - 4);
	}

	private static String initial(String part) {
		return part.isEmpty() ? "" : new String(Character.toChars(part.codePointAt(0)));
	}

}

package com.bank.assistant.slots.extraction;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * Pix keys: e-mail (lower-cased), random key (EVP, lower-case UUID), CNPJ and CPF with
 * their check digits, Brazilian phone to E.164. A key that looks like one but is not
 * valid fills {@code pix_key_error} with a {@link PixKeyError} code instead. Eleven bare
 * digits are a CPF when its check digits hold, else a mobile number when they read as
 * one; "cpf" or "celular"/"phone" just before decide first.
 */
public final class PixKeyExtractor implements SlotExtractor {

	/** The slot of a rejected key; its value is a {@link PixKeyError} code. */
	public static final String ERROR_SLOT = "pix_key_error";

	private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern BROKEN_EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@(?:[\\w-]+\\.?)*");

	private static final Pattern EVP = Pattern
		.compile("(?i)(?<![0-9a-z-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z-])");

	private static final Pattern BROKEN_EVP = Pattern
		.compile("(?i)(?<![0-9a-z-])[0-9a-f]{5,11}(?:-[0-9a-f]{2,6}){3}-[0-9a-f]{8,16}(?![0-9a-z-])");

	private static final Pattern CNPJ = Pattern
		.compile("(?<![\\d.,/-])(?:\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}|\\d{14})(?![\\d/-]|[.,]\\d)");

	private static final Pattern CPF = Pattern
		.compile("(?<![\\d.,/+-])\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}(?![\\d/-]|[.,]\\d)");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d.,+-])(?:\\+\\s?55[\\s-]?)?(?:\\((\\d{2})\\)|(\\d{2}))"
				+ "[\\s-]?(9\\d{4}|[2-5]\\d{3})[\\s-]?(\\d{4})(?![\\d-]|[.,]\\d)");

	private static final Pattern CPF_BEFORE = Pattern.compile("(?:cpf|c\\.p\\.f\\.?)\\W{0,3}$");

	private static final Pattern PHONE_BEFORE = Pattern
		.compile("(?:celular|cel|telefone|fone|phone|mobile|whats\\w*|zap|numero|number)\\W{0,3}$");

	@Override
	public void extract(Utterance utterance, Map<String, SlotValue> slots) {
		String text = utterance.text();
		if (text.indexOf('@') >= 0 && (find(utterance, slots, EMAIL, Kind.EMAIL)
				|| find(utterance, slots, BROKEN_EMAIL, Kind.BROKEN_EMAIL))) {
			return;
		}
		if (find(utterance, slots, EVP, Kind.EVP) || find(utterance, slots, BROKEN_EVP, Kind.BROKEN_EVP)
				|| find(utterance, slots, CNPJ, Kind.CNPJ) || find(utterance, slots, CPF, Kind.CPF_OR_PHONE)) {
			return;
		}
		find(utterance, slots, PHONE, Kind.PHONE);
	}

	private enum Kind {

		EMAIL, BROKEN_EMAIL, EVP, BROKEN_EVP, CNPJ, CPF_OR_PHONE, PHONE

	}

	private boolean find(Utterance utterance, Map<String, SlotValue> slots, Pattern pattern, Kind kind) {
		Matcher match = pattern.matcher(utterance.text());
		while (match.find()) {
			if (!utterance.claimed(match.start(), match.end()) && read(utterance, slots, match, kind)) {
				utterance.claim(match.start(), match.end());
				return true;
			}
		}
		return false;
	}

	private boolean read(Utterance utterance, Map<String, SlotValue> slots, Matcher match, Kind kind) {
		String found = match.group();
		String digits = found.replaceAll("\\D", "");
		switch (kind) {
			case EMAIL:
			case EVP:
				return key(slots, match, Utterance.fold(found), 0.99);
			case BROKEN_EMAIL:
				return error(slots, match, PixKeyError.INVALID_EMAIL);
			case BROKEN_EVP:
				return error(slots, match, PixKeyError.INVALID_EVP);
			case CNPJ:
				return PixKeys.validCnpj(digits) ? key(slots, match, digits, 0.99)
						: error(slots, match, PixKeyError.INVALID_CNPJ_CHECK_DIGITS);
			case CPF_OR_PHONE:
				return cpfOrPhone(utterance, slots, match, digits);
			case PHONE:
				return phone(slots, match, match.group(1) != null ? match.group(1) : match.group(2),
						match.group(3) + match.group(4), 0.97);
			default:
				return false;
		}
	}

	private boolean cpfOrPhone(Utterance utterance, Map<String, SlotValue> slots, Matcher match, String digits) {
		String before = utterance.folded().substring(Math.max(0, match.start() - 16), match.start());
		boolean formatted = !match.group().equals(digits);
		boolean saidPhone = PHONE_BEFORE.matcher(before).find();
		if (!CPF_BEFORE.matcher(before).find() && !formatted
				&& (saidPhone || (!PixKeys.validCpf(digits) && PixKeys.mobileShaped(digits)))) {
			return phone(slots, match, digits.substring(0, 2), digits.substring(2), saidPhone ? 0.95 : 0.85);
		}
		if (PixKeys.validCpf(digits)) {
			return key(slots, match, digits, formatted ? 0.99 : 0.9);
		}
		return error(slots, match, PixKeyError.INVALID_CPF_CHECK_DIGITS);
	}

	private static boolean phone(Map<String, SlotValue> slots, Matcher match, String areaCode, String number,
			double confidence) {
		if (!PixKeys.validAreaCode(areaCode)) {
			return error(slots, match, PixKeyError.INVALID_PHONE);
		}
		return key(slots, match, "+55" + areaCode + number, confidence);
	}

	private static boolean key(Map<String, SlotValue> slots, Matcher match, String key, double confidence) {
		slots.putIfAbsent("pix_key", new SlotValue(key, match.start(), match.end(), confidence));
		return true;
	}

	private static boolean error(Map<String, SlotValue> slots, Matcher match, PixKeyError error) {
		slots.putIfAbsent(ERROR_SLOT, new SlotValue(error.name(), match.start(), match.end(), 1.0));
		return true;
	}

}

package com.bank.assistant.transfer.dialog;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/**
 * Everything the assistant says, in one language: the {@code phrases_<language>} resource
 * bundle beside this class, with money and dates written as that language's customers
 * read them. A new phrase is a line in each bundle, not Java.
 */
final class Phrases {

	private static final String BUNDLE = "com.bank.assistant.transfer.dialog.phrases";

	private static final Phrases PORTUGUESE = new Phrases(Language.PT_BR);

	private static final Phrases ENGLISH = new Phrases(Language.EN);

	private final Language language;

	private final ResourceBundle bundle;

	private Phrases(Language language) {
		this.language = language;
		this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.tag()),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The phrases of this language. */
	static Phrases of(Language language) {
		return (language == Language.EN) ? ENGLISH : PORTUGUESE;
	}

	/** The phrase under this key with these arguments filled in. */
	String say(String key, Object... arguments) {
		return new MessageFormat(this.bundle.getString(key), Locale.ROOT).format(arguments);
	}

	/** The phrase under this key, or under {@code fallback} if there is none. */
	String sayOr(String key, String fallback, Object... arguments) {
		return has(key) ? say(key, arguments) : say(fallback, arguments);
	}

	/** Whether the bundle has this key. */
	boolean has(String key) {
		try {
			this.bundle.getString(key);
			return true;
		}
		catch (MissingResourceException ex) {
			return false;
		}
	}

	/** The amount as this language writes it. */
	String money(Money amount) {
		return MoneyFormat.format(amount, this.language);
	}

	/** The date as this language writes it. */
	String date(LocalDate date) {
		return DateTimeFormatter.ofPattern(say("date.pattern")).format(date);
	}

	/** Who receives: the contact and key, or the key alone. */
	String recipient(Recipient recipient) {
		return Wording.keyOnly(recipient) ? say("to.key", recipient.pixKey())
				: say("to.contact", recipient.name(), recipient.pixKey());
	}

	/** {@code A}, {@code A or B}, {@code A, B or C}. */
	String either(List<String> options) {
		return Wording.either(options, say("or"));
	}

	/** Why the ledger refused, with the limit that did, if one did. */
	String refusal(TransferOutcome.Refused refused) {
		String limit = (refused.limit() != null) ? money(refused.limit()) : "";
		return say("refused." + refused.reason().name(), limit);
	}

	/** The buttons under a confirmation. */
	List<QuickReply> confirmButtons() {
		return List.of(new QuickReply(say("confirm.yes"), say("confirm.yes.text")),
				new QuickReply(say("confirm.no"), say("confirm.no.text")));
	}

	/** The language. */
	Language language() {
		return this.language;
	}

}

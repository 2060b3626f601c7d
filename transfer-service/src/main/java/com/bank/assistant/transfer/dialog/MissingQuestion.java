package com.bank.assistant.transfer.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.Money;

/**
 * What the dialog asks while a transfer is being described: the hand-off offer after too
 * many tries, which of several contacts, what was wrong with a value, then the amount or
 * the recipient still missing.
 */
final class MissingQuestion {

	/** Words inside Portuguese and English names that stay in lower case. */
	private static final Set<String> PARTICLES = Set.of("da", "de", "do", "das", "dos", "e", "van", "von");

	private MissingQuestion() {
	}

	/** Asks for the first thing missing, invalid or ambiguous in the turn's frame. */
	static void ask(TurnContext context) {
		Turn turn = context.turn();
		Phrases phrases = context.phrases();
		Draft draft = turn.draft();
		if (turn.handOff()) {
			context.say(phrases.say("hand.off"));
			context.buttons(List.of(new QuickReply(phrases.say("hand.off.button"), phrases.say("hand.off.text"))));
		}
		else if (!turn.candidates().isEmpty()) {
			askWhich(context, turn.candidates());
		}
		else if (!turn.problems().isEmpty()) {
			context.say(problem(phrases, turn));
		}
		else if (!draft.reais()) {
			context.say(phrases.say("only.reais"));
		}
		else if (draft.amount() == null) {
			String name = (draft.recipient() != null) ? draft.recipient().name() : null;
			context.say((name != null) ? phrases.say("ask.amount.to", name) : phrases.say("ask.amount"));
		}
		else {
			context.say(phrases.say("ask.recipient", phrases.money(draft.amount())));
		}
	}

	private static void askWhich(TurnContext context, List<Recipient> candidates) {
		Phrases phrases = context.phrases();
		Draft draft = context.turn().draft();
		String said = context.turn().said().get(Turn.RECIPIENT);
		List<String> names = candidates.stream().map(Recipient::name).toList();
		String name = (said != null) ? asAName(said) : firstName(names.get(0));
		String options = phrases.either(names);
		context.say(
				(draft.amount() != null) ? phrases.say("ask.which.amount", name, options, phrases.money(draft.amount()))
						: phrases.say("ask.which", name, options));
		context.buttons(names.stream().map((each) -> new QuickReply(each, each)).toList());
	}

	/**
	 * The first problem as a question. A contact not found is named when this message
	 * said it; the frame repeats the problem on later turns, which only ask for the key,
	 * saying back an amount the message changed meanwhile.
	 */
	private static String problem(Phrases phrases, Turn turn) {
		Map.Entry<String, String> first = turn.problems().entrySet().iterator().next();
		if ("UNKNOWN_CONTACT".equals(first.getValue())) {
			String said = turn.said().get(Turn.RECIPIENT);
			if (said != null) {
				return phrases.say("not.found", asAName(said));
			}
			Money amount = turn.draft().amount();
			return (turn.changed().contains(Turn.AMOUNT) && amount != null)
					? phrases.say("ask.pix_key.amount", phrases.money(amount)) : phrases.say("ask.pix_key");
		}
		return phrases.sayOr("problem." + first.getValue(), "problem.unknown", first.getKey());
	}

	/**
	 * A name as the customer said it, but capitalized when it was typed all in lower case
	 * ("maria da silva" is written back "Maria da Silva"; the particles stay small).
	 */
	static String asAName(String said) {
		if (!said.equals(said.toLowerCase(Locale.ROOT))) {
			return said;
		}
		return Arrays.stream(said.split(" "))
			.map((word) -> PARTICLES.contains(word) ? word : Wording.capitalized(word))
			.collect(Collectors.joining(" "));
	}

	private static String firstName(String fullName) {
		int space = fullName.indexOf(' ');
		return (space < 0) ? fullName : fullName.substring(0, space);
	}

}

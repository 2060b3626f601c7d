package com.bank.assistant.transfer.dialog;

import java.time.LocalDate;
import java.util.List;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.ledger.Contact;
import com.bank.assistant.transfer.ledger.ContactDirectory;
import com.bank.assistant.transfer.ledger.TransferIds;

/**
 * Builds a transfer from what the customer says, asks for what is missing or ambiguous,
 * and asks to confirm the exact transfer once amount and recipient are known.
 */
final class TransferDrafting {

	private final ContactDirectory contacts;

	private final TransferIds ids;

	TransferDrafting(ContactDirectory contacts, TransferIds ids) {
		this.contacts = contacts;
		this.ids = ids;
	}

	TurnResult describe(ConversationState state, Turn turn) {
		List<Contact> saved = this.contacts.contactsOf(turn.customer());
		Draft draft = DraftMerge.merge(state.draft(), turn, saved);
		if (state.state() == DialogState.AWAITING_CONFIRMATION && draft.equals(state.draft())) {
			return confirmation(draft, turn, false).in(state, turn);
		}
		return advance(state, draft, turn, saved);
	}

	private TurnResult advance(ConversationState state, Draft draft, Turn turn, List<Contact> saved) {
		Phrases phrases = Phrases.of(turn.language());
		if (draft.amount() != null && !DraftMerge.PIX_CURRENCY.equals(draft.amount().currency())) {
			return ask(phrases.onlyReais(), state, draft.withAmount(null), turn);
		}
		List<Contact> matches = unresolved(draft) ? RecipientResolver.resolve(draft.recipientName(), saved) : List.of();
		Draft resolved = (matches.size() == 1) ? draft.withRecipient(matches.get(0).asRecipient()) : draft;
		if (matches.size() > 1) {
			return askWhich(state, resolved, matches, turn);
		}
		if (unresolved(resolved)) {
			return ask(phrases.notFound(resolved.recipientName()), state, resolved, turn);
		}
		if (resolved.amount() == null) {
			String name = (resolved.recipient() != null) ? resolved.recipient().name() : null;
			return ask(phrases.askAmount(name), state, resolved, turn);
		}
		if (resolved.recipient() == null) {
			return ask(phrases.askRecipient(resolved.amount()), state, resolved, turn);
		}
		return requestConfirmation(state, resolved, turn);
	}

	private TurnResult askWhich(ConversationState state, Draft draft, List<Contact> matches, Turn turn) {
		List<String> names = matches.stream().map(Contact::name).toList();
		String question = Phrases.of(turn.language()).askWhich(draft.recipientName(), names, draft.amount());
		List<QuickReply> buttons = names.stream().map((name) -> new QuickReply(name, name)).toList();
		return Answer.say(question).quickReplies(buttons).in(state.moveTo(DialogState.COLLECTING, draft), turn);
	}

	private TurnResult requestConfirmation(ConversationState state, Draft draft, Turn turn) {
		LocalDate today = LocalDate.ofInstant(turn.time(), Wording.SAO_PAULO);
		boolean scheduleDropped = draft.date() != null && draft.date().isAfter(today);
		Draft now = draft.withDate(null);
		TransferId transfer = this.ids.next();
		ConversationState awaiting = state.awaiting(now, transfer);
		return confirmation(now, turn, scheduleDropped)
			.event(new TransferConfirmationRequested(transfer, now.amount(), now.recipient(), null))
			.in(awaiting, turn);
	}

	private static Answer confirmation(Draft draft, Turn turn, boolean scheduleDropped) {
		Phrases phrases = Phrases.of(turn.language());
		return Answer.say(phrases.confirm(draft.amount(), draft.recipient(), scheduleDropped))
			.quickReplies(phrases.confirmButtons());
	}

	private static TurnResult ask(String question, ConversationState state, Draft draft, Turn turn) {
		return Answer.say(question).in(state.moveTo(DialogState.COLLECTING, draft), turn);
	}

	private static boolean unresolved(Draft draft) {
		return draft.recipient() == null && draft.recipientName() != null;
	}

}

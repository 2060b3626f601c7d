package com.bank.assistant.transfer.dialog;

import com.bank.assistant.transfer.ledger.ContactDirectory;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.TransferIds;

/**
 * The dialog as explicit rules per intent: describing a transfer, confirming it exactly,
 * account queries, and the intent catalog's fixed answers for every FAQ-style intent.
 */
public final class RuleBasedTransferDialog implements TransferDialog {

	private final TransferDrafting drafting;

	private final TransferConfirmation confirmation;

	private final AccountQueries accounts;

	private final CatalogAnswers answers = CatalogAnswers.shipped();

	/** A dialog that reads contacts and moves money through these ports. */
	public RuleBasedTransferDialog(Ledger ledger, ContactDirectory contacts, TransferIds ids) {
		this.drafting = new TransferDrafting(contacts, ids);
		this.confirmation = new TransferConfirmation(ledger);
		this.accounts = new AccountQueries(ledger);
	}

	@Override
	public TurnResult respond(ConversationState state, Turn turn) {
		return switch (turn.intent()) {
			case Intents.PIX_TRANSFER -> this.drafting.describe(state, turn);
			case Intents.INFORM -> inform(state, turn);
			case Intents.AFFIRM -> this.confirmation.affirm(state, turn);
			case Intents.DENY -> this.confirmation.deny(state, turn);
			case Intents.CANCEL -> this.confirmation.cancel(state, turn);
			case Intents.CHECK_BALANCE -> this.accounts.balance(state, turn);
			case Intents.LIST_TRANSACTIONS -> this.accounts.statement(state, turn);
			default -> Answer.say(this.answers.answer(turn.intent(), turn.language())).in(state, turn);
		};
	}

	private TurnResult inform(ConversationState state, Turn turn) {
		if (state.state() == DialogState.IDLE && turn.slots().isEmpty()) {
			return Answer.say(this.answers.answer(Intents.OUT_OF_SCOPE, turn.language())).in(state, turn);
		}
		return this.drafting.describe(state, turn);
	}

}

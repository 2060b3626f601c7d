package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.event.TransferRefused;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/**
 * The customer's answer to a confirmation: only an affirm to the transfer awaiting it
 * moves money; deny goes back to editing and cancel drops it.
 */
final class TransferConfirmation {

	private final Ledger ledger;

	TransferConfirmation(Ledger ledger) {
		this.ledger = ledger;
	}

	TurnResult affirm(ConversationState state, Turn turn) {
		if (state.state() != DialogState.AWAITING_CONFIRMATION || state.pendingTransfer() == null) {
			return Answer.say(Phrases.of(turn.language()).nothingToConfirm()).in(state, turn);
		}
		Draft draft = state.draft();
		TransferConfirmed confirmed = new TransferConfirmed(state.pendingTransfer(), draft.amount(), draft.recipient(),
				turn.correlationId());
		TransferOutcome outcome = this.ledger.execute(new TransferOrder(state.pendingTransfer(), turn.customer(),
				turn.conversation(), draft.amount(), draft.recipient()));
		if (outcome instanceof TransferOutcome.Executed executed) {
			return executed(state, confirmed, executed.receipt(), turn);
		}
		return refused(state, confirmed, (TransferOutcome.Refused) outcome, turn);
	}

	TurnResult deny(ConversationState state, Turn turn) {
		Phrases phrases = Phrases.of(turn.language());
		if (state.state() == DialogState.IDLE) {
			return Answer.say(phrases.okWhatElse()).in(state, turn);
		}
		return Answer.say(phrases.whatToChange()).in(state.moveTo(DialogState.COLLECTING, state.draft()), turn);
	}

	TurnResult cancel(ConversationState state, Turn turn) {
		Phrases phrases = Phrases.of(turn.language());
		if (state.state() == DialogState.IDLE) {
			return Answer.say(phrases.nothingToCancel()).in(state, turn);
		}
		return Answer.say(phrases.cancelled()).in(state.moveTo(DialogState.CANCELLED, Draft.EMPTY), turn);
	}

	private TurnResult executed(ConversationState state, TransferConfirmed confirmed, TransferReceipt receipt,
			Turn turn) {
		TransferExecuted executed = new TransferExecuted(receipt.transferId(), receipt.amount(), receipt.recipient(),
				receipt.balanceAfter(), receipt.executedAt());
		return Answer.say(Phrases.of(turn.language()).executed(receipt))
			.receipt(receipt)
			.event(confirmed)
			.event(executed)
			.in(state.moveTo(DialogState.COMPLETED, state.draft()), turn);
	}

	private TurnResult refused(ConversationState state, TransferConfirmed confirmed, TransferOutcome.Refused refusal,
			Turn turn) {
		Phrases phrases = Phrases.of(turn.language());
		boolean lowBalance = TransferOutcome.INSUFFICIENT_FUNDS.equals(refusal.reason());
		String text = lowBalance ? phrases.insufficientFunds(confirmed.amount(), refusal.balance())
				: phrases.refused(refusal.reason());
		ConversationState next = lowBalance ? state.moveTo(DialogState.COLLECTING, state.draft().withAmount(null))
				: state.moveTo(DialogState.CANCELLED, Draft.EMPTY);
		return Answer.say(text)
			.event(confirmed)
			.event(new TransferRefused(confirmed.transferId(), confirmed.amount(), confirmed.recipient(),
					refusal.reason()))
			.in(next, turn);
	}

}

package com.bank.assistant.transfer.ledger;

import java.time.LocalDate;

import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * What executing a transfer came to: executed with a receipt, scheduled for a later date,
 * or refused with a reason. {@code replayed} is true when the order had been executed
 * before and this is the recorded outcome: nothing moved now, and its announcements were
 * already written.
 */
public sealed interface TransferOutcome
		permits TransferOutcome.Executed, TransferOutcome.Scheduled, TransferOutcome.Refused {

	/** Whether this is an earlier call's outcome. */
	boolean replayed();

	/**
	 * The money moved.
	 *
	 * @param receipt what the customer is shown
	 * @param replayed whether it moved on an earlier call
	 */
	record Executed(TransferReceipt receipt, boolean replayed) implements TransferOutcome {

		/** The event announcing that the money moved. */
		public TransferExecuted event() {
			return new TransferExecuted(this.receipt.transferId(), this.receipt.amount(), this.receipt.recipient(),
					this.receipt.balanceAfter(), this.receipt.executedAt());
		}

	}

	/**
	 * The transfer will be executed on a later date.
	 *
	 * @param transferId the transfer
	 * @param executeOn the date
	 * @param replayed whether it was scheduled on an earlier call
	 */
	record Scheduled(TransferId transferId, LocalDate executeOn, boolean replayed) implements TransferOutcome {

	}

	/**
	 * Nothing moved.
	 *
	 * @param reason why
	 * @param balance the balance when it was refused, null if there is no account
	 * @param limit the limit that refused it, for {@code NIGHT_LIMIT} and
	 * {@code DAILY_LIMIT}, else null
	 * @param replayed whether it was refused on an earlier call
	 */
	record Refused(RefusalReason reason, Money balance, Money limit, boolean replayed) implements TransferOutcome {

	}

}

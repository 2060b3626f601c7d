package com.bank.assistant.transfer.ledger;

import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;

/**
 * What executing a transfer came to: executed with a receipt, or refused with a reason.
 */
public sealed interface TransferOutcome permits TransferOutcome.Executed, TransferOutcome.Refused {

	/** Reason code when the account has too little money. */
	String INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS";

	/** Reason code when the customer has no account in the transfer's currency. */
	String ACCOUNT_NOT_FOUND = "ACCOUNT_NOT_FOUND";

	/**
	 * The money moved.
	 *
	 * @param receipt what the customer is shown
	 */
	record Executed(TransferReceipt receipt) implements TransferOutcome {

	}

	/**
	 * Nothing moved.
	 *
	 * @param reason a stable reason code
	 * @param balance the balance when it was refused, null if there is no account
	 */
	record Refused(String reason, Money balance) implements TransferOutcome {

	}

}

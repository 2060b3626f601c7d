package com.bank.assistant.transfer.ledger;

/** Why the ledger refused a transfer; the names are the stable reason codes of events. */
public enum RefusalReason {

	/** The balance is lower than the amount. */
	INSUFFICIENT_FUNDS,

	/** The customer has no account in the transfer's currency. */
	ACCOUNT_NOT_FOUND,

	/**
	 * Between 20:00 and 06:00 (America/Sao_Paulo) an individual may send at most the
	 * night limit in all.
	 */
	NIGHT_LIMIT,

	/** The day's transfers would pass the daily limit. */
	DAILY_LIMIT,

	/** The Pix key is one of the customer's own. */
	SELF_TRANSFER

}

package com.bank.assistant.transfer.ledger;

/**
 * The ledger could not be reached in time (database down, circuit open): nothing moved,
 * and the same order may be retried later with the same transfer id.
 */
public class LedgerUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The ledger failed for this cause. */
	public LedgerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

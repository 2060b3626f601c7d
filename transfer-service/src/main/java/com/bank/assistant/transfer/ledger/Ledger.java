package com.bank.assistant.transfer.ledger;

import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;

/** The customer's accounts: balances, postings and the one operation that moves money. */
public interface Ledger {

	/** The balance of the customer's account, or empty if the customer has none. */
	Optional<Money> balanceOf(CustomerId customer);

	/** The customer's most recent postings, newest first. */
	List<Posting> recentPostings(CustomerId customer, int limit);

	/**
	 * Executes the order at most once per transfer id: a repeated call returns the first
	 * call's outcome and moves nothing.
	 */
	TransferOutcome execute(TransferOrder order);

}

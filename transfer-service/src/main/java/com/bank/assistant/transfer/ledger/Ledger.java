package com.bank.assistant.transfer.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;

/**
 * The customer's accounts: balances, postings and the one operation that moves money.
 * Every method may throw {@link LedgerUnavailableException}.
 */
public interface Ledger {

	/** The balance of the customer's account, or empty if the customer has none. */
	Optional<Money> balanceOf(CustomerId customer);

	/** The customer's most recent postings, newest first. */
	List<Posting> recentPostings(CustomerId customer, int limit);

	/**
	 * Executes (or schedules) the order at most once per transfer id, checking the Pix
	 * rules, and writes the announcement of a new outcome in the same transaction. A
	 * repeated call returns the first call's outcome, replayed, and writes nothing.
	 */
	TransferOutcome execute(TransferOrder order, Announcement announcement);

	/**
	 * Scheduled transfers due on or before this date, oldest first, at most this many.
	 */
	List<ScheduledTransfer> due(LocalDate today, int limit);

	/**
	 * Executes a scheduled transfer whose date came, under the Pix rules of now, and
	 * writes the announcement of its outcome; empty if it is no longer scheduled (another
	 * instance ran it).
	 */
	Optional<TransferOutcome> executeScheduled(ScheduledTransfer transfer, Announcement announcement);

}

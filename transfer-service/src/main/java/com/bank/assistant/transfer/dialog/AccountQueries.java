package com.bank.assistant.transfer.dialog;

import java.util.List;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.Posting;

/** Answers about the account: its balance and its latest postings. */
final class AccountQueries {

	/** How many postings the statement shows. */
	static final int STATEMENT_SIZE = 5;

	private final Ledger ledger;

	AccountQueries(Ledger ledger) {
		this.ledger = ledger;
	}

	String balance(CustomerId customer, Phrases phrases) {
		return this.ledger.balanceOf(customer)
			.map((balance) -> phrases.say("balance", phrases.money(balance)))
			.orElseGet(() -> phrases.say("no.account"));
	}

	String statement(CustomerId customer, Phrases phrases) {
		List<Posting> postings = this.ledger.recentPostings(customer, STATEMENT_SIZE);
		return postings.isEmpty() ? phrases.say("statement.empty") : phrases.say("statement") + "\n"
				+ Wording.lines(postings, phrases.language(), phrases.say("statement.date.pattern"));
	}

}

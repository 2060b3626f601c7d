package com.bank.assistant.transfer.dialog;

import java.util.List;

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

	TurnResult balance(ConversationState state, Turn turn) {
		Phrases phrases = Phrases.of(turn.language());
		String text = this.ledger.balanceOf(turn.customer()).map(phrases::balance).orElseGet(phrases::noAccount);
		return Answer.say(text).in(state, turn);
	}

	TurnResult statement(ConversationState state, Turn turn) {
		Phrases phrases = Phrases.of(turn.language());
		List<Posting> postings = this.ledger.recentPostings(turn.customer(), STATEMENT_SIZE);
		String text = postings.isEmpty() ? phrases.emptyStatement() : phrases.statement(postings);
		return Answer.say(text).in(state, turn);
	}

}

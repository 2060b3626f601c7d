package com.bank.assistant.transfer.config;

import java.util.function.Predicate;

import com.bank.assistant.transfer.persistence.ResilientLedger;

/**
 * The failures the ledger's retry and circuit breaker count: transient database errors,
 * not bugs nor refused transfers. Named in application.yml.
 */
public class TransientLedgerFailure implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		return ResilientLedger.transientFailure(failure);
	}

}

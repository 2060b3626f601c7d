package com.bank.assistant.transfer.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.Announcement;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.LedgerUnavailableException;
import com.bank.assistant.transfer.ledger.Posting;
import com.bank.assistant.transfer.ledger.ScheduledTransfer;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The ledger behind Resilience4j: transient database failures are retried (a retried
 * transfer reuses its transfer id, so it can never move money twice: the ledger returns
 * the first outcome), and a circuit breaker stops calling a database that keeps failing.
 * Either way the caller gets {@link LedgerUnavailableException} and tells the customer
 * that nothing moved. Timeouts are the JDBC query and connection timeouts.
 */
public class ResilientLedger implements Ledger {

	private final Ledger ledger;

	private final CircuitBreaker breaker;

	private final Retry retry;

	/** This ledger guarded by this breaker and retry. */
	public ResilientLedger(Ledger ledger, CircuitBreaker breaker, Retry retry) {
		this.ledger = ledger;
		this.breaker = breaker;
		this.retry = retry;
	}

	/**
	 * Whether a failure is worth retrying: a database error that is not a bug or a rule.
	 */
	public static boolean transientFailure(Throwable failure) {
		return failure instanceof DataAccessException && !(failure instanceof NonTransientDataAccessException)
				|| failure instanceof CannotGetJdbcConnectionException
				|| failure instanceof CannotCreateTransactionException;
	}

	@Override
	public Optional<Money> balanceOf(CustomerId customer) {
		return guarded(() -> this.ledger.balanceOf(customer));
	}

	@Override
	public List<Posting> recentPostings(CustomerId customer, int limit) {
		return guarded(() -> this.ledger.recentPostings(customer, limit));
	}

	@Override
	public TransferOutcome execute(TransferOrder order, Announcement announcement) {
		return guarded(() -> this.ledger.execute(order, announcement));
	}

	@Override
	public List<ScheduledTransfer> due(LocalDate today, int limit) {
		return guarded(() -> this.ledger.due(today, limit));
	}

	@Override
	public Optional<TransferOutcome> executeScheduled(ScheduledTransfer transfer, Announcement announcement) {
		return guarded(() -> this.ledger.executeScheduled(transfer, announcement));
	}

	private <T> T guarded(Supplier<T> call) {
		Supplier<T> decorated = Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.breaker, call));
		try {
			return decorated.get();
		}
		catch (CallNotPermittedException ex) {
			throw new LedgerUnavailableException("The ledger's circuit is open", ex);
		}
		catch (RuntimeException ex) {
			if (transientFailure(ex)) {
				throw new LedgerUnavailableException("The ledger failed: " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

}

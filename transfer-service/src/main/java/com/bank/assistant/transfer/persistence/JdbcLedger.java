package com.bank.assistant.transfer.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.Posting;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger in PostgreSQL: a transfer locks the customer's account row, so transfers of
 * one customer run one at a time, and its id is the key that makes a repeat return the
 * recorded outcome.
 */
public class JdbcLedger implements Ledger {

	private static final String PIX_CURRENCY = "BRL";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TransferRows transfers;

	private final Clock clock;

	/** A ledger on this database, stamping postings with this clock. */
	public JdbcLedger(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.transfers = new TransferRows(jdbc);
		this.clock = clock;
	}

	@Override
	public Optional<Money> balanceOf(CustomerId customer) {
		return this.jdbc
			.sql("SELECT balance, currency FROM accounts WHERE customer_id = ? AND kind = 'CUSTOMER' AND currency = ?")
			.params(customer.value(), PIX_CURRENCY)
			.query((rs, row) -> new Money(rs.getBigDecimal("balance"), rs.getString("currency")))
			.optional();
	}

	@Override
	public List<Posting> recentPostings(CustomerId customer, int limit) {
		return this.jdbc.sql("""
				SELECT p.transfer_id, p.amount, p.currency, p.posted_at, t.recipient_name
				FROM postings p JOIN accounts a ON a.id = p.account_id JOIN transfers t ON t.id = p.transfer_id
				WHERE a.customer_id = ? ORDER BY p.id DESC LIMIT ?""")
			.params(customer.value(), limit)
			.query(JdbcLedger::posting)
			.list();
	}

	@Override
	public TransferOutcome execute(TransferOrder order) {
		return this.transactions.execute((status) -> executeLocked(order));
	}

	private TransferOutcome executeLocked(TransferOrder order) {
		Optional<Account> account = lockAccount(order.customer(), order.amount().currency());
		if (account.isEmpty()) {
			return new TransferOutcome.Refused(TransferOutcome.ACCOUNT_NOT_FOUND, null);
		}
		Optional<TransferOutcome> earlier = this.transfers.outcomeOf(order.transferId());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
		if (account.get().balance().compareTo(order.amount().amount()) < 0) {
			this.transfers.insertRefused(order, account.get().id(), account.get().balance(), now);
		}
		else {
			post(order, account.get(), now);
		}
		return this.transfers.outcomeOf(order.transferId()).orElseThrow();
	}

	private void post(TransferOrder order, Account account, OffsetDateTime now) {
		BigDecimal amount = order.amount().amount();
		String clearing = this.jdbc
			.sql("UPDATE accounts SET balance = balance + ? WHERE kind = 'PIX_CLEARING' AND currency = ? RETURNING id")
			.params(amount, account.currency())
			.query(String.class)
			.single();
		this.jdbc.sql("UPDATE accounts SET balance = balance - ? WHERE id = ?").params(amount, account.id()).update();
		this.transfers.insertExecuted(order, account.id(), account.balance().subtract(amount), now);
		insertPosting(order.transferId(), account.id(), amount.negate(), account.currency(), now);
		insertPosting(order.transferId(), clearing, amount, account.currency(), now);
	}

	private void insertPosting(TransferId transfer, String accountId, BigDecimal amount, String currency,
			OffsetDateTime now) {
		this.jdbc
			.sql("INSERT INTO postings (transfer_id, account_id, amount, currency, posted_at) VALUES (?, ?, ?, ?, ?)")
			.params(transfer.value(), accountId, amount, currency, now)
			.update();
	}

	private Optional<Account> lockAccount(CustomerId customer, String currency) {
		return this.jdbc.sql("""
				SELECT id, balance, currency FROM accounts
				WHERE customer_id = ? AND kind = 'CUSTOMER' AND currency = ? FOR UPDATE""")
			.params(customer.value(), currency)
			.query((rs, row) -> new Account(rs.getString("id"), rs.getBigDecimal("balance"), rs.getString("currency")))
			.optional();
	}

	private static Posting posting(ResultSet rs, int row) throws SQLException {
		return new Posting(new TransferId(rs.getString("transfer_id")),
				new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("recipient_name"),
				rs.getObject("posted_at", OffsetDateTime.class).toInstant());
	}

	private record Account(String id, BigDecimal balance, String currency) {

	}

}

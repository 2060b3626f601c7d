package com.bank.assistant.transfer.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code transfers} table: one row per attempt, holding its recorded outcome. */
class TransferRows {

	private static final String INSERT = """
			INSERT INTO transfers (id, customer_id, account_id, conversation_id, amount, currency, recipient_name,
				recipient_key, status, refusal_reason, balance_after, created_at, executed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	TransferRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TransferOutcome> outcomeOf(TransferId transfer) {
		return this.jdbc.sql("""
				SELECT id, amount, currency, recipient_name, recipient_key, status, refusal_reason, balance_after,
					executed_at FROM transfers WHERE id = ?""")
			.param(transfer.value())
			.query(TransferRows::outcome)
			.optional();
	}

	void insertExecuted(TransferOrder order, String accountId, BigDecimal balanceAfter, OffsetDateTime now) {
		insert(order, accountId, "EXECUTED", null, balanceAfter, now, now);
	}

	void insertRefused(TransferOrder order, String accountId, BigDecimal balance, OffsetDateTime now) {
		insert(order, accountId, "REFUSED", TransferOutcome.INSUFFICIENT_FUNDS, balance, now, null);
	}

	private void insert(TransferOrder order, String accountId, String status, String reason, BigDecimal balance,
			OffsetDateTime createdAt, OffsetDateTime executedAt) {
		this.jdbc.sql(INSERT)
			.params(order.transferId().value(), order.customer().value(), accountId, order.conversation().value(),
					order.amount().amount(), order.amount().currency(), order.recipient().name(),
					order.recipient().pixKey(), status, reason, balance, createdAt, executedAt)
			.update();
	}

	private static TransferOutcome outcome(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency");
		Money balance = new Money(rs.getBigDecimal("balance_after"), currency);
		if (!"EXECUTED".equals(rs.getString("status"))) {
			return new TransferOutcome.Refused(rs.getString("refusal_reason"), balance);
		}
		Recipient recipient = new Recipient(rs.getString("recipient_name"), rs.getString("recipient_key"));
		return new TransferOutcome.Executed(
				new TransferReceipt(new TransferId(rs.getString("id")), new Money(rs.getBigDecimal("amount"), currency),
						recipient, balance, rs.getObject("executed_at", OffsetDateTime.class).toInstant()));
	}

}

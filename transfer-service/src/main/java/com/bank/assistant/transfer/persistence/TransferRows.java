package com.bank.assistant.transfer.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.ledger.RefusalReason;
import com.bank.assistant.transfer.ledger.ScheduledTransfer;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code transfers} table: one row per transfer id, holding its recorded outcome (or
 * its date, while scheduled).
 */
class TransferRows {

	private static final String INSERT = """
			INSERT INTO transfers (id, customer_id, account_id, conversation_id, amount, currency, recipient_name,
				recipient_key, status, refusal_reason, balance_after, created_at, executed_at, execute_on, locale,
				correlation_id, cause_event_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String OUTCOME = """
			SELECT id, amount, currency, recipient_name, recipient_key, status, refusal_reason, balance_after,
				executed_at, execute_on FROM transfers WHERE id = ?""";

	private final JdbcClient jdbc;

	TransferRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The recorded outcome, replayed. */
	Optional<TransferOutcome> earlierOutcome(TransferId transfer) {
		return this.jdbc.sql(OUTCOME).param(transfer.value()).query((rs, row) -> outcome(rs, true)).optional();
	}

	/** The outcome just recorded. */
	TransferOutcome newOutcome(TransferId transfer) {
		return this.jdbc.sql(OUTCOME).param(transfer.value()).query((rs, row) -> outcome(rs, false)).single();
	}

	/** What was sent since this instant, executed transfers only. */
	BigDecimal sentSince(String customer, Instant since) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(amount), 0) FROM transfers
				WHERE customer_id = ? AND status = 'EXECUTED' AND executed_at >= ?""")
			.params(customer, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query(BigDecimal.class)
			.single();
	}

	/** Scheduled transfers due on or before this date, oldest first. */
	List<ScheduledTransfer> due(LocalDate today, int limit) {
		return this.jdbc.sql("""
				SELECT id, amount, currency, recipient_name, recipient_key, execute_on, locale FROM transfers
				WHERE status = 'SCHEDULED' AND execute_on <= ? ORDER BY created_at LIMIT ?""")
			.params(today, limit)
			.query((rs, row) -> new ScheduledTransfer(new TransferId(rs.getString("id")),
					new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					new Recipient(rs.getString("recipient_name"), rs.getString("recipient_key")),
					rs.getObject("execute_on", LocalDate.class), rs.getString("locale")))
			.list();
	}

	/**
	 * The scheduled transfer as an order again, locked, or empty if it is no longer
	 * scheduled.
	 */
	Optional<ScheduledRow> lockScheduled(TransferId transfer) {
		return this.jdbc.sql("""
				SELECT id, customer_id, account_id, conversation_id, amount, currency, recipient_name, recipient_key,
					correlation_id, cause_event_id FROM transfers WHERE id = ? AND status = 'SCHEDULED' FOR UPDATE""")
			.param(transfer.value())
			.query((rs, row) -> new ScheduledRow(transfer, rs.getString("customer_id"), rs.getString("account_id"),
					rs.getString("conversation_id"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					new Recipient(rs.getString("recipient_name"), rs.getString("recipient_key")),
					rs.getString("correlation_id"), rs.getString("cause_event_id")))
			.optional();
	}

	void insertExecuted(TransferOrder order, String accountId, BigDecimal balanceAfter, OffsetDateTime now) {
		insert(order, accountId, "EXECUTED", null, balanceAfter, now, now);
	}

	void insertRefused(TransferOrder order, String accountId, RefusalReason reason, BigDecimal balance,
			OffsetDateTime now) {
		insert(order, accountId, "REFUSED", reason.name(), balance, now, null);
	}

	void insertScheduled(TransferOrder order, String accountId, BigDecimal balance, OffsetDateTime now) {
		insert(order, accountId, "SCHEDULED", null, balance, now, null);
	}

	/** A scheduled transfer that was now executed. */
	void markExecuted(TransferId transfer, BigDecimal balanceAfter, OffsetDateTime now) {
		this.jdbc.sql("UPDATE transfers SET status = 'EXECUTED', balance_after = ?, executed_at = ? WHERE id = ?")
			.params(balanceAfter, now, transfer.value())
			.update();
	}

	/** A scheduled transfer that was now refused. */
	void markRefused(TransferId transfer, RefusalReason reason, BigDecimal balance) {
		this.jdbc.sql("UPDATE transfers SET status = 'REFUSED', refusal_reason = ?, balance_after = ? WHERE id = ?")
			.params(reason.name(), balance, transfer.value())
			.update();
	}

	/** A scheduled row, as read back to execute it. */
	record ScheduledRow(TransferId id, String customer, String accountId, String conversation, Money amount,
			Recipient recipient, String correlationId, String causeEventId) {

	}

	private void insert(TransferOrder order, String accountId, String status, String reason, BigDecimal balance,
			OffsetDateTime createdAt, OffsetDateTime executedAt) {
		this.jdbc.sql(INSERT)
			.params(order.transferId().value(), order.customer().value(), accountId,
					order.cause().conversationid().value(), order.amount().amount(), order.amount().currency(),
					order.recipient().name(), order.recipient().pixKey(), status, reason, balance, createdAt,
					executedAt, "SCHEDULED".equals(status) ? order.executeOn() : null, locale(order),
					order.cause().correlationid(), order.cause().id())
			.update();
	}

	private static String locale(TransferOrder order) {
		return (order.cause().data() instanceof SlotsUpdated slots && slots.locale() != null) ? slots.locale()
				: "pt-BR";
	}

	private static TransferOutcome outcome(ResultSet rs, boolean replayed) throws SQLException {
		String currency = rs.getString("currency");
		TransferId id = new TransferId(rs.getString("id"));
		Money balance = new Money(rs.getBigDecimal("balance_after"), currency);
		String status = rs.getString("status");
		if ("SCHEDULED".equals(status)) {
			return new TransferOutcome.Scheduled(id, rs.getObject("execute_on", LocalDate.class), replayed);
		}
		if ("REFUSED".equals(status)) {
			return new TransferOutcome.Refused(RefusalReason.valueOf(rs.getString("refusal_reason")), balance, null,
					replayed);
		}
		Recipient recipient = new Recipient(rs.getString("recipient_name"), rs.getString("recipient_key"));
		return new TransferOutcome.Executed(new TransferReceipt(id, new Money(rs.getBigDecimal("amount"), currency),
				recipient, balance, rs.getObject("executed_at", OffsetDateTime.class).toInstant()), replayed);
	}

}

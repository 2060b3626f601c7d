package com.bank.assistant.transfer.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.transfer.ledger.Announcement;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.PixCalendar;
import com.bank.assistant.transfer.ledger.PixLimits;
import com.bank.assistant.transfer.ledger.Posting;
import com.bank.assistant.transfer.ledger.RefusalReason;
import com.bank.assistant.transfer.ledger.ScheduledTransfer;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger in PostgreSQL. A transfer locks the customer's account row, so transfers of
 * one customer run one at a time and the limits see every earlier one; its id is the key
 * that makes a repeat return the recorded outcome; the announcement of a new outcome is
 * written to the outbox in the same transaction as the postings.
 */
public class JdbcLedger implements Ledger {

	private static final String PIX_CURRENCY = "BRL";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TransferRows transfers;

	private final Outbox outbox;

	private final PixLimits limits;

	private final PixCalendar calendar;

	private final Clock clock;

	/**
	 * A ledger on this database under these limits, writing announcements as envelopes of
	 * this source.
	 */
	public JdbcLedger(JdbcClient jdbc, TransactionTemplate transactions, EventSource events, PixLimits limits,
			PixCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.transfers = new TransferRows(jdbc);
		this.outbox = new Outbox(jdbc, events, new EnvelopeCodec());
		this.limits = limits;
		this.calendar = calendar;
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
	public TransferOutcome execute(TransferOrder order, Announcement announcement) {
		return this.transactions.execute((status) -> executeLocked(order, announcement));
	}

	@Override
	public List<ScheduledTransfer> due(LocalDate today, int limit) {
		return this.transfers.due(today, limit);
	}

	@Override
	public Optional<TransferOutcome> executeScheduled(ScheduledTransfer transfer, Announcement announcement) {
		return this.transactions.execute((status) -> executeDue(transfer, announcement));
	}

	private TransferOutcome executeLocked(TransferOrder order, Announcement announcement) {
		Optional<Account> account = lockAccount(order.customer().value(), order.amount().currency());
		Optional<TransferOutcome> earlier = this.transfers.earlierOutcome(order.transferId());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (account.isEmpty()) {
			TransferOutcome refused = new TransferOutcome.Refused(RefusalReason.ACCOUNT_NOT_FOUND, null, null, false);
			this.outbox.write(order.cause(), announcement.of(refused));
			return refused;
		}
		Instant now = now();
		TransferOutcome outcome;
		if (order.scheduledAfter(this.calendar.today(now))) {
			this.transfers.insertScheduled(order, account.get().id(), account.get().balance(), utc(now));
			outcome = this.transfers.newOutcome(order.transferId());
		}
		else {
			outcome = move(order, account.get(), now);
		}
		this.outbox.write(order.cause(), announcement.of(outcome));
		return outcome;
	}

	private Optional<TransferOutcome> executeDue(ScheduledTransfer transfer, Announcement announcement) {
		Optional<TransferRows.ScheduledRow> row = this.transfers.lockScheduled(transfer.transferId());
		if (row.isEmpty()) {
			return Optional.empty();
		}
		TransferRows.ScheduledRow scheduled = row.get();
		Account account = lockAccount(scheduled.customer(), scheduled.amount().currency()).orElseThrow();
		Instant now = now();
		Optional<TransferOutcome.Refused> refusal = refusal(scheduled.customer(), scheduled.amount(),
				scheduled.recipient().pixKey(), account, now);
		TransferOutcome outcome;
		if (refusal.isPresent()) {
			this.transfers.markRefused(transfer.transferId(), refusal.get().reason(), account.balance());
			outcome = refusal.get();
		}
		else {
			BigDecimal after = post(transfer.transferId(), account, scheduled.amount().amount(), utc(now));
			this.transfers.markExecuted(transfer.transferId(), after, utc(now));
			outcome = this.transfers.newOutcome(transfer.transferId());
		}
		this.outbox.write(causeOf(scheduled, now), announcement.of(outcome));
		return Optional.of(outcome);
	}

	private TransferOutcome move(TransferOrder order, Account account, Instant now) {
		Optional<TransferOutcome.Refused> refusal = refusal(order.customer().value(), order.amount(),
				order.recipient().pixKey(), account, now);
		if (refusal.isPresent()) {
			this.transfers.insertRefused(order, account.id(), refusal.get().reason(), account.balance(), utc(now));
			return refusal.get();
		}
		BigDecimal after = account.balance().subtract(order.amount().amount());
		this.transfers.insertExecuted(order, account.id(), after, utc(now));
		post(order.transferId(), account, order.amount().amount(), utc(now));
		return this.transfers.newOutcome(order.transferId());
	}

	/** The first Pix rule this transfer breaks, if any. */
	private Optional<TransferOutcome.Refused> refusal(String customer, Money amount, String pixKey, Account account,
			Instant now) {
		Money balance = new Money(account.balance(), account.currency());
		if (ownKey(customer, pixKey)) {
			return refused(RefusalReason.SELF_TRANSFER, balance, null);
		}
		BigDecimal value = amount.amount();
		if (this.calendar.night(now) && this.transfers.sentSince(customer, this.calendar.nightStart(now))
			.add(value)
			.compareTo(this.limits.night().amount()) > 0) {
			return refused(RefusalReason.NIGHT_LIMIT, balance, this.limits.night());
		}
		if (this.transfers.sentSince(customer, this.calendar.dayStart(now))
			.add(value)
			.compareTo(this.limits.daily().amount()) > 0) {
			return refused(RefusalReason.DAILY_LIMIT, balance, this.limits.daily());
		}
		if (account.balance().compareTo(value) < 0) {
			return refused(RefusalReason.INSUFFICIENT_FUNDS, balance, null);
		}
		return Optional.empty();
	}

	private static Optional<TransferOutcome.Refused> refused(RefusalReason reason, Money balance, Money limit) {
		return Optional.of(new TransferOutcome.Refused(reason, balance, limit, false));
	}

	private boolean ownKey(String customer, String pixKey) {
		return this.jdbc
			.sql("SELECT count(*) FROM customer_pix_keys WHERE customer_id = ? AND lower(pix_key) = lower(?)")
			.params(customer, pixKey)
			.query(Long.class)
			.single() > 0;
	}

	/** Debits the account and credits Pix clearing; returns the balance after. */
	private BigDecimal post(TransferId transfer, Account account, BigDecimal amount, OffsetDateTime now) {
		String clearing = this.jdbc
			.sql("UPDATE accounts SET balance = balance + ? WHERE kind = 'PIX_CLEARING' AND currency = ? RETURNING id")
			.params(amount, account.currency())
			.query(String.class)
			.single();
		this.jdbc.sql("UPDATE accounts SET balance = balance - ? WHERE id = ?").params(amount, account.id()).update();
		insertPosting(transfer, account.id(), amount.negate(), account.currency(), now);
		insertPosting(transfer, clearing, amount, account.currency(), now);
		return account.balance().subtract(amount);
	}

	private void insertPosting(TransferId transfer, String accountId, BigDecimal amount, String currency,
			OffsetDateTime now) {
		this.jdbc
			.sql("INSERT INTO postings (transfer_id, account_id, amount, currency, posted_at) VALUES (?, ?, ?, ?, ?)")
			.params(transfer.value(), accountId, amount, currency, now)
			.update();
	}

	private Optional<Account> lockAccount(String customer, String currency) {
		return this.jdbc.sql("""
				SELECT id, balance, currency FROM accounts
				WHERE customer_id = ? AND kind = 'CUSTOMER' AND currency = ? FOR UPDATE""")
			.params(customer, currency)
			.query((rs, row) -> new Account(rs.getString("id"), rs.getBigDecimal("balance"), rs.getString("currency")))
			.optional();
	}

	/**
	 * The confirming message a scheduled transfer answers, as far as the announcement
	 * needs it: conversation, customer, correlation and the event's id.
	 */
	private static Envelope causeOf(TransferRows.ScheduledRow row, Instant now) {
		ConversationId conversation = new ConversationId(row.conversation());
		return new Envelope(Envelope.SPEC_VERSION, row.causeEventId(), "/slot-filling-service",
				EventTypes.SLOTS_UPDATED, conversation.value(), now, "application/json", 1, conversation,
				new CustomerId(row.customer()), row.correlationId(), null, null, "0", null);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Posting posting(ResultSet rs, int row) throws SQLException {
		return new Posting(new TransferId(rs.getString("transfer_id")),
				new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("recipient_name"),
				rs.getObject("posted_at", OffsetDateTime.class).toInstant());
	}

	private record Account(String id, BigDecimal balance, String currency) {

	}

}

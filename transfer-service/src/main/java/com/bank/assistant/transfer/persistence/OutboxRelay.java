package com.bank.assistant.transfer.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.transfer.dialog.Announcements;
import com.bank.assistant.transfer.dialog.EventPublisher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox: rows are locked ({@code SKIP LOCKED}, so two relays never send
 * the same row at once), sent in id order, and marked published in the same transaction.
 * A crash after a send and before the commit sends that envelope again, with the same
 * event id, which consumers drop as a duplicate.
 */
public class OutboxRelay implements Announcements {

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EventPublisher publisher;

	private final EnvelopeCodec codec = new EnvelopeCodec();

	/** A relay from this database to this publisher. */
	public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, EventPublisher publisher) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.publisher = publisher;
	}

	@Override
	public void publishPending() {
		publishOlderThan(Duration.ZERO);
	}

	/**
	 * Publishes what was written at least this long ago: the periodic sweep leaves the
	 * newest rows to the turn that wrote them, so that one conversation's events keep
	 * their order.
	 * @return how many envelopes were published
	 */
	public int publishOlderThan(Duration age) {
		Integer sent = this.transactions.execute((status) -> {
			List<Row> rows = this.jdbc.sql("""
					SELECT id, envelope FROM outbox
					WHERE published_at IS NULL AND created_at <= now() - make_interval(secs => ?)
					ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
				.params(age.toMillis() / 1000.0, BATCH)
				.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("envelope")))
				.list();
			for (Row row : rows) {
				this.publisher.send(this.codec.read(row.envelope().getBytes(StandardCharsets.UTF_8)));
				this.jdbc.sql("UPDATE outbox SET published_at = now() WHERE id = ?").param(row.id()).update();
			}
			return rows.size();
		});
		return (sent != null) ? sent : 0;
	}

	private record Row(long id, String envelope) {

	}

}

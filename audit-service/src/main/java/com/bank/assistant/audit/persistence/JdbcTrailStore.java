package com.bank.assistant.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditedEvent;
import com.bank.assistant.audit.trail.ChainHash;
import com.bank.assistant.audit.trail.ChainHead;
import com.bank.assistant.audit.trail.ConversationChain;
import com.bank.assistant.audit.trail.RecordQuery;
import com.bank.assistant.audit.trail.TrailStore;
import com.bank.assistant.audit.trail.UnreadableEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the chains in PostgreSQL, serialising appends per conversation on its head row.
 */
@Repository
class JdbcTrailStore implements TrailStore {

	/** Most records one search returns; the export has no limit. */
	static final int MAX_FOUND = 10_000;

	private static final int EXPORT_FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate writes;

	private final TransactionTemplate snapshots;

	JdbcTrailStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.writes = new TransactionTemplate(transactions);
		this.snapshots = new TransactionTemplate(transactions);
		this.snapshots.setReadOnly(true);
		this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	@Override
	public boolean append(AuditedEvent event, Function<ChainHead, AuditRecord> link) {
		return Boolean.TRUE.equals(this.writes.execute((status) -> {
			AuditRecord record = link.apply(lockHead(event.conversationId()));
			if (TrailSql.insert(this.jdbc, record) == 0) {
				return false;
			}
			moveHead(record);
			return true;
		}));
	}

	@Override
	public Optional<ConversationChain> chain(String conversationId) {
		return this.snapshots.execute((status) -> head(conversationId)
			.map((head) -> new ConversationChain(head, TrailSql.records(this.jdbc, conversationId))));
	}

	@Override
	public void quarantine(UnreadableEvent event) {
		TrailSql.quarantine(this.jdbc, event);
	}

	@Override
	public List<String> conversationIds() {
		return this.jdbc
			.sql("SELECT conversation_id FROM chain_heads UNION SELECT conversation_id FROM audit_events"
					+ " ORDER BY conversation_id")
			.query(String.class)
			.list();
	}

	@Override
	public List<AuditRecord> find(RecordQuery query) {
		return new RecordFilter(query)
			.statement(this.jdbc, TrailSql.COLUMNS, " ORDER BY occurred_at, conversation_id, sequence")
			.withMaxRows(MAX_FOUND)
			.query(TrailSql::mapRecord)
			.list();
	}

	@Override
	public void export(RecordQuery query, Consumer<AuditRecord> sink) {
		this.snapshots.executeWithoutResult((status) -> {
			try (Stream<AuditRecord> records = new RecordFilter(query)
				.statement(this.jdbc, TrailSql.COLUMNS, " ORDER BY conversation_id, sequence")
				.withFetchSize(EXPORT_FETCH_SIZE)
				.query(TrailSql::mapRecord)
				.stream()) {
				records.forEach(sink);
			}
		});
	}

	@Override
	public Map<String, Long> countByReason(RecordQuery query) {
		Map<String, Long> counts = new TreeMap<>();
		new RecordFilter(query)
			.statement(this.jdbc, "SELECT envelope #>> '{data,reason}' AS reason, count(*) AS n FROM audit_events",
					" GROUP BY 1")
			.query((row) -> {
				counts.put(String.valueOf(row.getString("reason")), row.getLong("n"));
			});
		return counts;
	}

	@Override
	public List<AuditRecord> findGateBlocks(RecordQuery query) {
		return GateBlocks.find(this.jdbc, query, MAX_FOUND);
	}

	@Override
	public Map<String, Long> countGateBlocksByReason(RecordQuery query) {
		return GateBlocks.countByReason(this.jdbc, query);
	}

	@Override
	public int purgeChainsIdleSince(Instant cutoff) {
		return Objects.requireNonNullElse(this.writes.execute((status) -> {
			List<String> expired = this.jdbc
				.sql("SELECT conversation_id FROM chain_heads WHERE updated_at < :cutoff" + " FOR UPDATE")
				.param("cutoff", TrailSql.utc(cutoff))
				.query(String.class)
				.list();
			if (!expired.isEmpty()) {
				this.jdbc.sql("DELETE FROM audit_events WHERE conversation_id IN (:ids)")
					.param("ids", expired)
					.update();
				this.jdbc.sql("DELETE FROM chain_heads WHERE conversation_id IN (:ids)").param("ids", expired).update();
			}
			this.jdbc.sql("DELETE FROM unreadable_events WHERE received_at < :cutoff")
				.param("cutoff", TrailSql.utc(cutoff))
				.update();
			return expired.size();
		}), 0);
	}

	private ChainHead lockHead(String conversationId) {
		this.jdbc.sql("""
				INSERT INTO chain_heads (conversation_id, last_sequence, last_hash, updated_at)
				VALUES (:conversation, 0, :genesis, now()) ON CONFLICT (conversation_id) DO NOTHING""")
			.param("conversation", conversationId)
			.param("genesis", ChainHash.GENESIS)
			.update();
		return this.jdbc.sql("""
				SELECT conversation_id, last_sequence, last_hash FROM chain_heads
				WHERE conversation_id = :conversation FOR UPDATE""")
			.param("conversation", conversationId)
			.query(JdbcTrailStore::mapHead)
			.single();
	}

	private Optional<ChainHead> head(String conversationId) {
		return this.jdbc
			.sql("SELECT conversation_id, last_sequence, last_hash FROM chain_heads"
					+ " WHERE conversation_id = :conversation")
			.param("conversation", conversationId)
			.query(JdbcTrailStore::mapHead)
			.optional();
	}

	private void moveHead(AuditRecord record) {
		this.jdbc.sql("""
				UPDATE chain_heads SET last_sequence = :sequence, last_hash = :hash, updated_at = now()
				WHERE conversation_id = :conversation""")
			.param("sequence", record.sequence())
			.param("hash", record.hash())
			.param("conversation", record.event().conversationId())
			.update();
	}

	private static ChainHead mapHead(ResultSet row, int rowNumber) throws SQLException {
		return new ChainHead(row.getString("conversation_id"), row.getLong("last_sequence"),
				row.getString("last_hash"));
	}

}

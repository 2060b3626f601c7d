package com.bank.assistant.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.bank.assistant.audit.pii.Sealed;
import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditedEvent;
import com.bank.assistant.audit.trail.EventPosition;
import com.bank.assistant.audit.trail.UnreadableEvent;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The statements that write and read trail rows, and their mapping to records. */
final class TrailSql {

	private static final String INSERT = """
			INSERT INTO audit_events (event_id, conversation_id, sequence, type, schema_version, customer_id,
				correlation_id, causation_id, occurred_at, topic, kafka_partition, kafka_offset, ingested_at,
				envelope, pii_key_id, pii_sealed, previous_hash, hash)
			VALUES (:eventId, :conversationId, :sequence, :type, :schemaVersion, :customerId, :correlationId,
				:causationId, :occurredAt, :topic, :partition, :offset, :ingestedAt, CAST(:envelope AS jsonb),
				:piiKeyId, :piiSealed, :previousHash, :hash)
			ON CONFLICT (event_id) DO NOTHING""";

	/** The columns of a record, as {@link #mapRecord} reads them. */
	static final String COLUMNS = """
			SELECT event_id, conversation_id, sequence, type, schema_version, customer_id, correlation_id,
				causation_id, occurred_at, topic, kafka_partition, kafka_offset, ingested_at, envelope::text AS envelope,
				pii_key_id, pii_sealed, previous_hash, hash
			FROM audit_events""";

	private static final String SELECT = COLUMNS + " WHERE conversation_id = :conversation ORDER BY sequence";

	private static final String QUARANTINE = """
			INSERT INTO unreadable_events (topic, kafka_partition, kafka_offset, kafka_key, payload, reason, received_at)
			VALUES (:topic, :partition, :offset, :key, :payload, :reason, now())
			ON CONFLICT (topic, kafka_partition, kafka_offset) DO NOTHING""";

	private TrailSql() {
	}

	/** Inserts the record; 0 when its event id is already recorded. */
	static int insert(JdbcClient jdbc, AuditRecord record) {
		AuditedEvent event = record.event();
		return jdbc.sql(INSERT)
			.param("eventId", event.eventId())
			.param("conversationId", event.conversationId())
			.param("sequence", record.sequence())
			.param("type", event.type())
			.param("schemaVersion", event.schemaVersion())
			.param("customerId", event.customerId())
			.param("correlationId", event.correlationId())
			.param("causationId", event.causationId())
			.param("occurredAt", utc(event.occurredAt()))
			.param("topic", event.position().topic())
			.param("partition", event.position().partition())
			.param("offset", event.position().offset())
			.param("ingestedAt", utc(record.ingestedAt()))
			.param("envelope", event.envelopeJson())
			.param("piiKeyId", (event.pii() != null) ? event.pii().keyId() : null)
			.param("piiSealed", (event.pii() != null) ? event.pii().ciphertext() : null)
			.param("previousHash", record.previousHash())
			.param("hash", record.hash())
			.update();
	}

	/** The conversation's records in sequence order. */
	static List<AuditRecord> records(JdbcClient jdbc, String conversationId) {
		return jdbc.sql(SELECT).param("conversation", conversationId).query(TrailSql::mapRecord).list();
	}

	/** Keeps an unreadable event once per topic position. */
	static void quarantine(JdbcClient jdbc, UnreadableEvent event) {
		jdbc.sql(QUARANTINE)
			.param("topic", event.position().topic())
			.param("partition", event.position().partition())
			.param("offset", event.position().offset())
			.param("key", event.key())
			.param("payload", event.payload())
			.param("reason", event.reason())
			.update();
	}

	/** One row of {@link #COLUMNS} as a record. */
	static AuditRecord mapRecord(ResultSet row, int rowNumber) throws SQLException {
		EventPosition position = new EventPosition(row.getString("topic"), row.getInt("kafka_partition"),
				row.getLong("kafka_offset"));
		AuditedEvent event = new AuditedEvent(row.getString("event_id"), row.getString("conversation_id"),
				row.getString("type"), row.getInt("schema_version"), row.getString("customer_id"),
				row.getString("correlation_id"), row.getString("causation_id"), instant(row, "occurred_at"), position,
				row.getString("envelope"), sealed(row));
		return new AuditRecord(event, row.getLong("sequence"), instant(row, "ingested_at"),
				row.getString("previous_hash"), row.getString("hash"));
	}

	private static Sealed sealed(ResultSet row) throws SQLException {
		String keyId = row.getString("pii_key_id");
		return (keyId != null) ? new Sealed(keyId, row.getString("pii_sealed")) : null;
	}

	/** The instant as a UTC timestamp PostgreSQL's driver accepts, or null. */
	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}

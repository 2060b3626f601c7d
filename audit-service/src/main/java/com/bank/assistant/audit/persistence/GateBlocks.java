package com.bank.assistant.audit.persistence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.RecordQuery;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The policy gate's BLOCK decisions inside the events' {@code data.decisions}, as the
 * general view keeps them: each blocked step of a turn once, since a later step carries
 * the earlier decisions forward.
 */
final class GateBlocks {

	/** Each record beside each of its BLOCK decisions; none where it has no decisions. */
	private static final String BLOCK_DECISIONS = " FROM audit_events CROSS JOIN LATERAL jsonb_path_query(envelope,"
			+ " '$.data.decisions[*] ? (@.outcome == \"BLOCK\")') AS decision";

	/** One step of one turn: the same decision carried forward is the same block. */
	private static final String STEP_OF_TURN = "conversation_id, COALESCE(correlation_id, event_id), decision ->> 'step'";

	private static final String REASON = "decision ->> 'reason'";

	private GateBlocks() {
	}

	/** The first record of each matching blocked step, by time. */
	static List<AuditRecord> find(JdbcClient jdbc, RecordQuery query, int maxRows) {
		return new RecordFilter(query, REASON)
			.statement(jdbc,
					TrailSql.COLUMNS + " WHERE event_id IN (SELECT DISTINCT ON (" + STEP_OF_TURN + ") event_id"
							+ BLOCK_DECISIONS,
					" ORDER BY " + STEP_OF_TURN + ", sequence) ORDER BY occurred_at, conversation_id, sequence")
			.withMaxRows(maxRows)
			.query(TrailSql::mapRecord)
			.list();
	}

	/** How many blocked steps each reason has. */
	static Map<String, Long> countByReason(JdbcClient jdbc, RecordQuery query) {
		Map<String, Long> counts = new TreeMap<>();
		new RecordFilter(query, REASON)
			.statement(jdbc,
					"SELECT " + REASON + " AS reason, count(DISTINCT (" + STEP_OF_TURN + ")) AS n" + BLOCK_DECISIONS,
					" GROUP BY 1")
			.query((row) -> {
				counts.put(String.valueOf(row.getString("reason")), row.getLong("n"));
			});
		return counts;
	}

}

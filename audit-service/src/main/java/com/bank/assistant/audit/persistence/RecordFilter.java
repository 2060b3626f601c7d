package com.bank.assistant.audit.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.assistant.audit.trail.RecordQuery;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The WHERE clause and parameters of a {@link RecordQuery}; only set criteria appear. */
final class RecordFilter {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	RecordFilter(RecordQuery query) {
		this(query, "envelope #>> '{data,reason}'");
	}

	/**
	 * The filter of {@code query} whose reason is the value of {@code reasonExpression}.
	 */
	RecordFilter(RecordQuery query, String reasonExpression) {
		add("conversation_id = :conversation", "conversation", query.conversationId());
		add("customer_id = :customer", "customer", query.customerId());
		add("occurred_at >= :from", "from", TrailSql.utc(query.from()));
		add("occurred_at < :to", "to", TrailSql.utc(query.to()));
		add(reasonExpression + " = :reason", "reason", query.reason());
		if (!query.types().isEmpty()) {
			add("type IN (:types)", "types", List.copyOf(query.types()));
		}
	}

	private void add(String condition, String name, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.params.put(name, value);
		}
	}

	/** {@code sql} followed by this filter's WHERE clause, ready for its parameters. */
	JdbcClient.StatementSpec statement(JdbcClient jdbc, String sql, String suffix) {
		String where = this.conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", this.conditions);
		return jdbc.sql(sql + where + suffix).params(this.params);
	}

}

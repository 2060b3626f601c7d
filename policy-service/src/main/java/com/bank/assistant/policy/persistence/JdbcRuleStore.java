package com.bank.assistant.policy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.policy.rules.RuleSet;
import com.bank.assistant.policy.rules.RuleStore;
import com.bank.assistant.policy.rules.RulesDocument;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per version; the primary key keeps two changes from taking one version. */
@Repository
class JdbcRuleStore implements RuleStore {

	private static final String COLUMNS = "SELECT version, document, changed_by, changed_at FROM policy_rules";

	private final JdbcClient jdbc;

	JdbcRuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RuleSet> latest() {
		return this.jdbc.sql(COLUMNS + " ORDER BY version DESC LIMIT 1").query(JdbcRuleStore::row).optional();
	}

	@Override
	public boolean add(RuleSet rules) {
		try {
			this.jdbc.sql("INSERT INTO policy_rules (version, document, changed_by, changed_at) VALUES (?, ?, ?, ?)")
				.params(rules.version(), rules.document(), rules.changedBy(), Timestamp.from(rules.changedAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public List<RuleSet> history() {
		return this.jdbc.sql(COLUMNS + " ORDER BY version DESC").query(JdbcRuleStore::row).list();
	}

	private static RuleSet row(ResultSet row, int number) throws SQLException {
		String document = row.getString("document");
		return new RuleSet(row.getInt("version"), document, RulesDocument.parse(document), row.getString("changed_by"),
				row.getTimestamp("changed_at").toInstant());
	}

}

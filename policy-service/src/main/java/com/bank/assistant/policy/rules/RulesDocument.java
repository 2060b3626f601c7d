package com.bank.assistant.policy.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rules YAML document strictly: every key known, every value present and in
 * range, or an {@link InvalidRulesException} listing all problems.
 */
public final class RulesDocument {

	private static final Set<String> KEYS = Set.of("value-ratio", "per-turn-cap", "deadline-margin-ms",
			"escalate-below-confidence", "budget");

	private static final Set<String> BUDGET_KEYS = Set.of("period", "per-customer", "total");

	private final List<String> problems = new ArrayList<>();

	private RulesDocument() {
	}

	/** The values of {@code yaml}, or the reasons it is refused. */
	public static RuleValues parse(String yaml) {
		return new RulesDocument().read(yaml);
	}

	private RuleValues read(String yaml) {
		Map<?, ?> root = mapOf(load(yaml), "the document");
		Map<?, ?> budget = mapOf(root.get("budget"), "budget");
		unknownKeys(root, KEYS, "");
		unknownKeys(budget, BUDGET_KEYS, "budget.");
		RuleValues values = new RuleValues(decimal(root, "value-ratio", true), decimal(root, "per-turn-cap", false),
				decimal(root, "deadline-margin-ms", false).longValue(), confidence(root), period(budget.get("period")),
				decimal(budget, "per-customer", false), decimal(budget, "total", false));
		if (!this.problems.isEmpty()) {
			throw new InvalidRulesException(this.problems);
		}
		return values;
	}

	private Object load(String yaml) {
		try {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException ex) {
			throw new InvalidRulesException(List.of("Not YAML: " + ex.getMessage()));
		}
	}

	private Map<?, ?> mapOf(Object node, String name) {
		if (node instanceof Map<?, ?> map) {
			return map;
		}
		this.problems.add(name + " must be a mapping");
		return Map.of();
	}

	private void unknownKeys(Map<?, ?> map, Set<String> known, String prefix) {
		map.keySet()
			.stream()
			.filter((key) -> !known.contains(String.valueOf(key)))
			.forEach((key) -> this.problems.add("unknown key " + prefix + key));
	}

	private BigDecimal decimal(Map<?, ?> map, String key, boolean positive) {
		Object value = map.get(key);
		if (!(value instanceof Number) && !(value instanceof String)) {
			this.problems.add(key + " must be a number");
			return BigDecimal.ZERO;
		}
		try {
			BigDecimal number = new BigDecimal(value.toString());
			if (number.signum() < 0 || (positive && number.signum() == 0)) {
				this.problems.add(key + " must be " + (positive ? "positive" : "zero or more") + ", got " + value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			this.problems.add(key + " must be a number, got " + value);
			return BigDecimal.ZERO;
		}
	}

	private double confidence(Map<?, ?> root) {
		BigDecimal value = decimal(root, "escalate-below-confidence", false);
		if (value.compareTo(BigDecimal.ONE) > 0) {
			this.problems.add("escalate-below-confidence must be between 0 and 1, got " + value);
		}
		return value.doubleValue();
	}

	private Duration period(Object value) {
		try {
			Duration period = Duration.parse(String.valueOf(value));
			if (period.getSeconds() < 60) {
				this.problems.add("budget.period must be at least a minute, got " + value);
			}
			return period;
		}
		catch (DateTimeParseException ex) {
			this.problems.add("budget.period must be an ISO-8601 duration such as P1D, got " + value);
			return Duration.ofDays(1);
		}
	}

}

package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.contracts.event.TierFigures;

/** Rules and tiers as policy-service ships them by default. */
public final class RulesMother {

	/** The large tier's name. */
	public static final String LARGE = "large-model";

	/** The slot extractors' tier name. */
	public static final String SLOTS = "slot-extractors";

	private RulesMother() {
	}

	/** The default rules: 1 % of the value, R$ 0,01 per turn, R$ 1 per customer a day. */
	public static GateRules rules(String customerBudget, String totalBudget) {
		return new GateRules(new BigDecimal("0.01"), new BigDecimal("0.01"), 100, 0.6, "P1D",
				new BigDecimal(customerBudget), new BigDecimal(totalBudget));
	}

	/** The shipped tiers, the large one with this p95. */
	public static List<TierFigures> tiers(long largeP95Millis) {
		return List.of(
				new TierFigures(SLOTS, "IN_PROCESS", new BigDecimal("0.000001"), BigDecimal.ZERO, BigDecimal.ZERO, 1,
						50, true),
				new TierFigures(LARGE, "REMOTE", BigDecimal.ZERO, new BigDecimal("0.0025"), new BigDecimal("0.01"),
						largeP95Millis, 0, true));
	}

	/** Version {@code version} of the default rules. */
	public static PolicyRulesPublished published(String version, long largeP95Millis) {
		return new PolicyRulesPublished(version, Instant.parse("2026-03-16T12:00:00Z"), rules("1.00", "500.00"),
				tiers(largeP95Millis));
	}

}

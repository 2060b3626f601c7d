package com.bank.assistant.policy.messaging;

import java.util.List;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.contracts.event.TierFigures;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.policy.catalog.ModelCatalog;
import com.bank.assistant.policy.catalog.ModelTier;
import com.bank.assistant.policy.rules.RuleSet;
import com.bank.assistant.policy.rules.RuleValues;
import com.bank.assistant.policy.telemetry.StepTelemetry;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Publishes rules with every tier's prices and live p95 on the compacted rules topic, the
 * topic's only writer.
 */
@Component
public class RulesPublisher {

	/** The one key of the compacted topic, also the envelope's subject. */
	static final ConversationId KEY = new ConversationId("policy-rules");

	private static final String BINDING = "publishRules-out-0";

	private final StreamBridge bridge;

	private final EventSource events;

	private final ModelCatalog catalog;

	private final StepTelemetry telemetry;

	RulesPublisher(StreamBridge bridge, EventSource events, ModelCatalog catalog, StepTelemetry telemetry) {
		this.bridge = bridge;
		this.events = events;
		this.catalog = catalog;
		this.telemetry = telemetry;
	}

	/** Publishes {@code rules} with the tiers' current figures. */
	public void publish(RuleSet rules) {
		PolicyRulesPublished published = new PolicyRulesPublished(rules.label(), rules.changedAt(),
				gateRules(rules.values()), tiers());
		this.bridge.send(BINDING, EventSource.keyed(this.events.first(KEY, null, null, published)));
	}

	private List<TierFigures> tiers() {
		return this.catalog.tiers().stream().map(this::figures).toList();
	}

	private TierFigures figures(ModelTier tier) {
		long samples = this.telemetry.figures()
			.stream()
			.filter((step) -> step.model().equals(tier.name()))
			.mapToLong((step) -> step.latencyMicros().count())
			.sum();
		long p95 = this.telemetry.p95Millis(tier.name()).orElse(tier.expectedP95Millis());
		return new TierFigures(tier.name(), tier.kind().name(), tier.pricePerCall(), tier.pricePer1kInputTokens(),
				tier.pricePer1kOutputTokens(), p95, samples, tier.usable());
	}

	private static GateRules gateRules(RuleValues values) {
		return new GateRules(values.valueRatio(), values.perTurnCap(), values.deadlineMarginMillis(),
				values.escalateBelowConfidence(), values.budgetPeriod().toString(), values.customerBudget(),
				values.totalBudget());
	}

}

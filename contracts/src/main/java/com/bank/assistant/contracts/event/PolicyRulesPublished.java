package com.bank.assistant.contracts.event;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The policy gate's current rules and every model tier's price and live p95 latency, as
 * policy-service publishes them on change and on every heartbeat; a gate that hears
 * nothing for too long stops escalating.
 *
 * @param version the rules' version, such as {@code rules-3}
 * @param changedAt when this version was stored
 * @param rules the rules
 * @param tiers the model tiers steps may ask for
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyRulesPublished(String version, Instant changedAt, GateRules rules,
		List<TierFigures> tiers) implements PolicyEvent {

}

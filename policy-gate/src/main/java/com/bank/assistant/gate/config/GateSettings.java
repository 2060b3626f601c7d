package com.bank.assistant.gate.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the in-process policy gate.
 *
 * @param rulesTopic the topic policy-service publishes the rules on
 * @param maxRulesAge how old the last rules may be before paid tiers fail closed
 * (policy-service publishes every 30 s)
 * @param budgetPrefix the Redis key prefix of the budget counters
 */
@Validated
@ConfigurationProperties("assistant.policy.gate")
public record GateSettings(@DefaultValue("assistant.policy.rules") @NotBlank String rulesTopic,
		@DefaultValue("90s") @NotNull Duration maxRulesAge,
		@DefaultValue("policy:budget") @NotBlank String budgetPrefix) {

}

package com.bank.assistant.intent;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of intent-service.
 *
 * @param pricePerCpuSecond what one second of CPU costs, in BRL (the cluster's price); a
 * step costs its CPU time times this
 * @param outOfScopeThreshold below this calibrated confidence the message is
 * {@code out_of_scope}
 * @param catalogDirectory a directory of intent YAML files to train on instead of the
 * catalog shipped in the jar (empty: the shipped one)
 */
@Validated
@ConfigurationProperties("assistant.intent")
public record IntentSettings(@NotNull @PositiveOrZero BigDecimal pricePerCpuSecond,
		@DecimalMin("0.0") @DecimalMax("1.0") double outOfScopeThreshold, String catalogDirectory) {

}

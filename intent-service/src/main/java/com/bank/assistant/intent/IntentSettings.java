package com.bank.assistant.intent;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of intent-service.
 *
 * @param pricePerCall what one model call costs, in BRL (CPU time at the cluster's price)
 */
@Validated
@ConfigurationProperties("assistant.intent")
public record IntentSettings(@NotNull @PositiveOrZero BigDecimal pricePerCall) {

}

package com.bank.assistant.slots;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of slot-filling-service.
 *
 * @param pricePerCall what one extraction costs, in BRL (CPU time at the cluster's price)
 * @param memoryTtl how long a quiet conversation's slot frame is kept in Redis
 * @param maxAttempts how many times in a row a slot is asked before a human agent is
 * offered instead
 * @param taskEndStates the dialog states (transfer-service's) of a reply after which the
 * task is over and the frame starts afresh
 * @param demoData whether the demo customers' contacts are loaded
 */
@Validated
@ConfigurationProperties("assistant.slots")
public record SlotSettings(@NotNull @PositiveOrZero BigDecimal pricePerCall, @NotNull Duration memoryTtl,
		@Positive int maxAttempts, @NotEmpty Set<String> taskEndStates, boolean demoData) {

}

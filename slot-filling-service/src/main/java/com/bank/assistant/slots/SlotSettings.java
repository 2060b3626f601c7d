package com.bank.assistant.slots;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of slot-filling-service.
 *
 * @param pricePerCall what one extraction costs, in BRL (CPU time at the cluster's price)
 */
@Validated
@ConfigurationProperties("assistant.slots")
public record SlotSettings(@NotNull @PositiveOrZero BigDecimal pricePerCall) {

}

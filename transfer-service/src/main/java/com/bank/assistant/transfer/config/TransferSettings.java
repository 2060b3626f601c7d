package com.bank.assistant.transfer.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of transfer-service.
 *
 * @param ispb the bank's 8-digit ISPB, the second part of every transfer id
 * @param conversationTtl how long a quiet conversation's dialog state is kept
 * @param processedEventTtl how long a handled event id is remembered to drop redeliveries
 * @param demoData whether the demo customers are loaded
 * @param confirmationTtl how long a confirmation stays valid before it must be asked
 * again
 * @param stepUpAbove amounts above this (BRL) need the transaction PIN
 * @param nightStepUpAbove between 20:00 and 06:00, amounts above this (BRL) need the PIN
 * @param nightLimit the most an individual may send in all at night (BRL)
 * @param dailyLimit the most a customer may send in one day (BRL)
 * @param outboxSweep how often the outbox is swept for announcements a crash left behind
 * @param scheduleSweep how often scheduled transfers are checked for their date
 */
@Validated
@ConfigurationProperties("assistant.transfer")
public record TransferSettings(@NotNull @Pattern(regexp = "\\d{8}") String ispb, @NotNull Duration conversationTtl,
		@NotNull Duration processedEventTtl, boolean demoData, @NotNull Duration confirmationTtl,
		@NotNull @Positive BigDecimal stepUpAbove, @NotNull @Positive BigDecimal nightStepUpAbove,
		@NotNull @Positive BigDecimal nightLimit, @NotNull @Positive BigDecimal dailyLimit,
		@NotNull Duration outboxSweep, @NotNull Duration scheduleSweep) {

}

package com.bank.assistant.transfer.config;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of transfer-service.
 *
 * @param ispb the bank's 8-digit ISPB, the second part of every transfer id
 * @param conversationTtl how long a quiet conversation's dialog state is kept
 * @param processedEventTtl how long a handled event id is remembered to drop redeliveries
 * @param demoData whether the demo customers and contacts are loaded
 */
@Validated
@ConfigurationProperties("assistant.transfer")
public record TransferSettings(@NotNull @Pattern(regexp = "\\d{8}") String ispb, @NotNull Duration conversationTtl,
		@NotNull Duration processedEventTtl, boolean demoData) {

}

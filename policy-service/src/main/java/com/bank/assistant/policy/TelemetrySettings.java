package com.bank.assistant.policy;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the live step telemetry.
 *
 * @param window how far back the latency percentiles look
 * @param buckets into how many slices the window is cut; the oldest slice drops out whole
 */
@Validated
@ConfigurationProperties("assistant.policy.telemetry")
public record TelemetrySettings(@NotNull Duration window, @Min(1) @Max(600) int buckets) {

}

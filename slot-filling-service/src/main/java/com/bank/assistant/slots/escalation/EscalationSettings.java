package com.bank.assistant.slots.escalation;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The large tier as slot-filling-service calls it.
 *
 * @param enabled whether to call it at all ({@code LLM_ENABLED}); the gate still decides
 * @param baseUrl its OpenAI-compatible base URL, such as
 * {@code https://api.openai.com/v1}
 * @param model the model to ask for
 * @param apiKey the API key, from the environment; never logged
 * @param tier its name in the model catalog
 * @param maxOutputTokens the most tokens it may answer with (bounds the cost estimate)
 * @param confidenceBelow the small model's confidence under which to escalate, while no
 * rules say otherwise
 * @param timeout the longest a call may take, whatever the deadline leaves
 */
@Validated
@ConfigurationProperties("assistant.slots.escalation")
public record EscalationSettings(boolean enabled, String baseUrl, String model, String apiKey,
		@DefaultValue("large-model") @NotNull String tier, @DefaultValue("40") @Positive int maxOutputTokens,
		@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double confidenceBelow,
		@DefaultValue("2s") @NotNull Duration timeout) {

	/** An enabled large tier needs its URL, model and key. */
	@AssertTrue(message = "assistant.slots.escalation needs base-url, model and api-key when enabled")
	public boolean isConfigured() {
		return !this.enabled || (present(this.baseUrl) && present(this.model) && present(this.apiKey));
	}

	@Override
	public String toString() {
		return "EscalationSettings[enabled=" + this.enabled + ", " + this.baseUrl + ", " + this.model + "]";
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}

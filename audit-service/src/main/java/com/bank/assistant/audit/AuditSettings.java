package com.bank.assistant.audit;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of audit-service.
 *
 * @param pii the key that seals personal data
 * @param blocks which events refuse or block something, for the queries by reason
 * @param checks what the compliance checks look for
 * @param retention how long the trail is kept
 */
@Validated
@ConfigurationProperties("assistant.audit")
public record AuditSettings(@Valid @NotNull Pii pii, @Valid @NotNull Blocks blocks, @Valid @NotNull Checks checks,
		@Valid @NotNull Retention retention) {

	/**
	 * The AES-256-GCM keys of the clear form of each event.
	 *
	 * @param keyId id of the key that seals new records, stored beside each seal
	 * @param key the current key, 32 bytes in Base64 ({@code AUDIT_PII_KEY})
	 * @param previousKeys older keys by id, still needed to open what they sealed
	 */
	public record Pii(@NotBlank String keyId, @NotBlank String key, @DefaultValue Map<String, String> previousKeys) {
	}

	/**
	 * Events that refuse or block something and say why in {@code data.reason}.
	 *
	 * @param eventTypes their types (TransferRefused); the policy gate's BLOCKs are found
	 * in {@code data.decisions} without an entry here
	 */
	public record Blocks(@NotEmpty Set<String> eventTypes) {
	}

	/**
	 * What the compliance checks look for.
	 *
	 * @param modelSteps event type of each model step to the step whose policy decision
	 * it must carry in {@code data.decisions}
	 */
	public record Checks(@NotEmpty Map<String, String> modelSteps) {
	}

	/**
	 * How long the trail is kept.
	 *
	 * @param trail a conversation's records are deleted, whole chain at once, this long
	 * after its last record
	 * @param purgeCron when the purge runs (Spring cron; {@code -} disables it)
	 */
	public record Retention(@NotNull Duration trail, @NotBlank String purgeCron) {
	}

}

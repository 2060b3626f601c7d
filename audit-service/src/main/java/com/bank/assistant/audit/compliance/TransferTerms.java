package com.bank.assistant.audit.compliance;

import java.math.BigDecimal;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a transfer event commits to, read from its clear envelope: who asks, which
 * transfer, how much of which currency, to whom.
 *
 * @param customerId the customer of the envelope
 * @param transferId the transfer
 * @param amount the amount, compared by value ({@code 20.0} equals {@code 20.00})
 * @param currency the ISO 4217 code
 * @param recipientName the recipient's name
 * @param pixKey the recipient's Pix key
 */
record TransferTerms(String customerId, String transferId, BigDecimal amount, String currency, String recipientName,
		String pixKey) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static TransferTerms of(String clearEnvelope) {
		JsonNode envelope = MAPPER.readTree(clearEnvelope);
		JsonNode data = envelope.path("data");
		String amount = data.path("amount").path("amount").asString(null);
		return new TransferTerms(envelope.path("customerid").asString(null), data.path("transferId").asString(null),
				(amount != null) ? new BigDecimal(amount) : null, data.path("amount").path("currency").asString(null),
				data.path("recipient").path("name").asString(null),
				data.path("recipient").path("pixKey").asString(null));
	}

	/** Same customer, transfer, amount, currency and recipient. */
	boolean sameAs(TransferTerms other) {
		return Objects.equals(this.customerId, other.customerId) && Objects.equals(this.transferId, other.transferId)
				&& this.amount != null && other.amount != null && this.amount.compareTo(other.amount) == 0
				&& Objects.equals(this.currency, other.currency)
				&& Objects.equals(this.recipientName, other.recipientName) && Objects.equals(this.pixKey, other.pixKey);
	}

}

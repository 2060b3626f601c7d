package com.bank.assistant.contracts.event;

import java.time.Instant;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A confirmed transfer was posted on the ledger, exactly once.
 *
 * @param transferId the transfer, its idempotency key
 * @param amount the amount debited
 * @param recipient who was credited
 * @param balanceAfter the customer's balance after the debit
 * @param executedAt when it was posted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransferExecuted(TransferId transferId, Money amount, Recipient recipient, Money balanceAfter,
		Instant executedAt) implements TransferEvent {

}

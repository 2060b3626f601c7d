package com.bank.assistant.contracts.event;

import java.time.Instant;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * What a reply shows after a transfer was executed.
 *
 * @param transferId the transfer
 * @param amount the amount sent
 * @param recipient who received it
 * @param balanceAfter the customer's balance after it
 * @param executedAt when it was executed
 */
public record TransferReceipt(TransferId transferId, Money amount, Recipient recipient, Money balanceAfter,
		Instant executedAt) {

}

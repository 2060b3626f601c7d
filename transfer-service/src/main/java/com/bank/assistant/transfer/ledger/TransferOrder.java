package com.bank.assistant.transfer.ledger;

import java.time.LocalDate;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * A confirmed transfer to execute.
 *
 * @param transferId the idempotency key
 * @param customer whose account is debited
 * @param amount the exact amount confirmed
 * @param recipient the exact recipient confirmed
 * @param executeOn the date to execute it on, or null for now
 * @param cause the customer's confirming message, which the announcements answer
 */
public record TransferOrder(TransferId transferId, CustomerId customer, Money amount, Recipient recipient,
		LocalDate executeOn, Envelope cause) {

	/** Whether the order waits for a later date. */
	public boolean scheduledAfter(LocalDate today) {
		return this.executeOn != null && this.executeOn.isAfter(today);
	}

}

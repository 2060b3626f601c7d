package com.bank.assistant.contracts.event;

import java.time.LocalDate;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The exact amount and recipient of a transfer were shown to the customer, who must
 * confirm them.
 *
 * @param transferId the transfer being prepared
 * @param amount the exact amount
 * @param recipient the exact recipient
 * @param scheduledFor the date it is to be executed, null for now
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransferConfirmationRequested(TransferId transferId, Money amount, Recipient recipient,
		LocalDate scheduledFor) implements TransferEvent {

}

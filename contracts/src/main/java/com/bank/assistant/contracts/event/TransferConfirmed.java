package com.bank.assistant.contracts.event;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The customer confirmed exactly this amount and recipient.
 *
 * @param transferId the transfer
 * @param amount the amount confirmed
 * @param recipient the recipient confirmed
 * @param confirmationMessageId id of the customer's message that confirmed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransferConfirmed(TransferId transferId, Money amount, Recipient recipient,
		String confirmationMessageId) implements TransferEvent {

}

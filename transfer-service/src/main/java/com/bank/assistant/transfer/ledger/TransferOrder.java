package com.bank.assistant.transfer.ledger;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * A confirmed transfer to execute.
 *
 * @param transferId the idempotency key
 * @param customer whose account is debited
 * @param conversation the conversation where it was confirmed
 * @param amount the exact amount confirmed
 * @param recipient the exact recipient confirmed
 */
public record TransferOrder(TransferId transferId, CustomerId customer, ConversationId conversation, Money amount,
		Recipient recipient) {

}

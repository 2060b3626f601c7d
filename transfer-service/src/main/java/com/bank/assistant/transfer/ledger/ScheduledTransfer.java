package com.bank.assistant.transfer.ledger;

import java.time.LocalDate;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * A confirmed transfer waiting for its date.
 *
 * @param transferId the transfer
 * @param amount the confirmed amount
 * @param recipient the confirmed recipient
 * @param executeOn its date
 * @param locale the language of the conversation that confirmed it
 */
public record ScheduledTransfer(TransferId transferId, Money amount, Recipient recipient, LocalDate executeOn,
		String locale) {

}

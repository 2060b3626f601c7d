package com.bank.assistant.contracts.event;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A transfer was not executed because a rule refused it.
 *
 * @param transferId the transfer
 * @param amount the amount asked for
 * @param recipient the recipient asked for
 * @param reason a stable code: {@code INSUFFICIENT_FUNDS}, {@code NIGHT_LIMIT},
 * {@code DAILY_LIMIT}, ...
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransferRefused(TransferId transferId, Money amount, Recipient recipient,
		String reason) implements TransferEvent {

}

package com.bank.assistant.transfer.ledger;

import java.time.Instant;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * One entry on the customer's account.
 *
 * @param transferId the transfer that made it
 * @param amount signed amount: negative for a debit, positive for a credit
 * @param counterparty who was on the other side
 * @param postedAt when it was posted
 */
public record Posting(TransferId transferId, Money amount, String counterparty, Instant postedAt) {

}

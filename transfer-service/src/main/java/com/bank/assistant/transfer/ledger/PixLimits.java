package com.bank.assistant.transfer.ledger;

import com.bank.assistant.contracts.ids.Money;

/**
 * The Pix limits of an individual's account.
 *
 * @param night the most an individual may send in all between 20:00 and 06:00 (R$ 1.000
 * by the Central Bank's rule)
 * @param daily the most the customer may send in one day
 */
public record PixLimits(Money night, Money daily) {

}

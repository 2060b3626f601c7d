package com.bank.assistant.transfer.dialog;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.PixCalendar;

/**
 * The dialog's safety settings.
 *
 * @param confirmationTtl how long a confirmation stays valid
 * @param stepUpAbove amounts above this need the transaction PIN
 * @param nightStepUpAbove at night, amounts above this need the transaction PIN
 * @param calendar days and nights in the customers' time zone
 */
public record DialogRules(Duration confirmationTtl, BigDecimal stepUpAbove, BigDecimal nightStepUpAbove,
		PixCalendar calendar) {

	/** Whether a transfer of this amount at this time needs the second factor. */
	public boolean needsStepUp(Money amount, Instant at) {
		BigDecimal threshold = this.calendar.night(at) ? this.nightStepUpAbove : this.stepUpAbove;
		return amount.amount().compareTo(threshold) > 0;
	}

}

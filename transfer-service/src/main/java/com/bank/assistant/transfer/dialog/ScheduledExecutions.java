package com.bank.assistant.transfer.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.event.TransferRefused;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.PixCalendar;
import com.bank.assistant.transfer.ledger.ScheduledTransfer;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/**
 * Executes scheduled transfers on their date and tells the customer in the conversation
 * where they were confirmed, in its language.
 */
public final class ScheduledExecutions {

	private static final int BATCH = 50;

	private final Ledger ledger;

	private final PixCalendar calendar;

	private final Clock clock;

	/** Runs the transfers of this ledger that are due by this calendar and clock. */
	public ScheduledExecutions(Ledger ledger, PixCalendar calendar, Clock clock) {
		this.ledger = ledger;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Executes what is due now.
	 * @return how many transfers this call executed or refused
	 */
	public int runDue() {
		int ran = 0;
		for (ScheduledTransfer due : this.ledger.due(this.calendar.today(this.clock.instant()), BATCH)) {
			Optional<TransferOutcome> outcome = this.ledger.executeScheduled(due, (result) -> announce(due, result));
			ran += outcome.isPresent() ? 1 : 0;
		}
		return ran;
	}

	private static List<AssistantEvent> announce(ScheduledTransfer due, TransferOutcome outcome) {
		Language language = Language.of(due.locale());
		Phrases phrases = Phrases.of(language);
		List<AssistantEvent> events = new ArrayList<>();
		String amount = phrases.money(due.amount());
		TransferReceipt receipt = null;
		String text;
		if (outcome instanceof TransferOutcome.Executed executed) {
			receipt = executed.receipt();
			events.add(executed.event());
			text = phrases.say("scheduled.executed", amount, due.recipient().name(),
					phrases.money(receipt.balanceAfter()));
		}
		else {
			TransferOutcome.Refused refused = (TransferOutcome.Refused) outcome;
			events.add(new TransferRefused(due.transferId(), due.amount(), due.recipient(), refused.reason().name()));
			text = phrases.say("scheduled.refused", amount, due.recipient().name()) + " " + phrases.refusal(refused);
		}
		DialogState state = (receipt != null) ? DialogState.COMPLETED : DialogState.FAILED;
		events.add(new AssistantReplied(text, language.tag(), Intents.PIX_TRANSFER, state.name(), List.of(), receipt));
		return events;
	}

}

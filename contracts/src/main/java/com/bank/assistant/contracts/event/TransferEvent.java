package com.bank.assistant.contracts.event;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;

/** The lifecycle of one transfer, written only by transfer-service. */
public sealed interface TransferEvent extends AssistantEvent
		permits TransferConfirmationRequested, TransferConfirmed, TransferExecuted, TransferRefused {

	/** The transfer, also its idempotency key. */
	TransferId transferId();

	/** The exact amount. */
	Money amount();

	/** Who receives it. */
	Recipient recipient();

}

package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.ids.TransferId;

/** Whether the customer passed the second factor (the transaction PIN) for a transfer. */
public interface StepUpChecks {

	/** True once the customer's PIN was verified for this transfer. */
	boolean passed(TransferId transfer);

}

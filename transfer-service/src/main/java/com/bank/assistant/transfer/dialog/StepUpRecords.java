package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.ids.TransferId;

/** Where step-up passes and failed attempts are kept, per transfer. */
public interface StepUpRecords extends StepUpChecks {

	/** Records that the PIN was verified for this transfer. */
	void recordPassed(TransferId transfer);

	/** How many wrong PINs were entered for this transfer. */
	long failures(TransferId transfer);

	/** Counts a wrong PIN for this transfer; returns the count so far. */
	long recordFailure(TransferId transfer);

}

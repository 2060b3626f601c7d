package com.bank.assistant.transfer.ledger;

import com.bank.assistant.contracts.ids.TransferId;

/** Issues new transfer ids. */
public interface TransferIds {

	/** A transfer id never issued before. */
	TransferId next();

}

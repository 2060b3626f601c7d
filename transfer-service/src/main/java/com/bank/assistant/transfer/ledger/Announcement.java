package com.bank.assistant.transfer.ledger;

import java.util.List;

import com.bank.assistant.contracts.event.AssistantEvent;

/**
 * The events that tell the world about a transfer's outcome: the ledger writes them in
 * the same transaction as the postings (a transactional outbox), so that they are
 * published exactly when the money moved, even if the service dies right after.
 */
@FunctionalInterface
public interface Announcement {

	/** The events announcing this outcome, in publishing order. */
	List<AssistantEvent> of(TransferOutcome outcome);

}

package com.bank.assistant.contracts;

import java.util.Map;

import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.event.TransferRefused;

/**
 * The CloudEvents {@code type} of every event, and the record that type's data reads
 * into.
 */
public final class EventTypes {

	/** A customer wrote a message. */
	public static final String MESSAGE_RECEIVED = "com.bank.assistant.chat.MessageReceived";

	/** The intent of a message was detected. */
	public static final String INTENT_DETECTED = "com.bank.assistant.nlu.IntentDetected";

	/** A message updated the conversation's slot frame. */
	public static final String SLOTS_UPDATED = "com.bank.assistant.nlu.SlotsUpdated";

	/** The assistant answered a message. */
	public static final String ASSISTANT_REPLIED = "com.bank.assistant.dialog.AssistantReplied";

	/**
	 * A transfer's exact amount and recipient were put to the customer for confirmation.
	 */
	public static final String TRANSFER_CONFIRMATION_REQUESTED = "com.bank.assistant.transfer.TransferConfirmationRequested";

	/** The customer confirmed a transfer's exact amount and recipient. */
	public static final String TRANSFER_CONFIRMED = "com.bank.assistant.transfer.TransferConfirmed";

	/** A confirmed transfer was executed on the ledger. */
	public static final String TRANSFER_EXECUTED = "com.bank.assistant.transfer.TransferExecuted";

	/** A transfer was refused by a rule (funds, limits) and not executed. */
	public static final String TRANSFER_REFUSED = "com.bank.assistant.transfer.TransferRefused";

	/** policy-service published the gate's rules and the model tiers' live figures. */
	public static final String POLICY_RULES_PUBLISHED = "com.bank.assistant.policy.PolicyRulesPublished";

	/** Data record of each type. */
	public static final Map<String, Class<? extends AssistantEvent>> DATA_CLASSES = Map.ofEntries(
			Map.entry(MESSAGE_RECEIVED, MessageReceived.class), Map.entry(INTENT_DETECTED, IntentDetected.class),
			Map.entry(SLOTS_UPDATED, SlotsUpdated.class), Map.entry(ASSISTANT_REPLIED, AssistantReplied.class),
			Map.entry(TRANSFER_CONFIRMATION_REQUESTED, TransferConfirmationRequested.class),
			Map.entry(TRANSFER_CONFIRMED, TransferConfirmed.class),
			Map.entry(TRANSFER_EXECUTED, TransferExecuted.class), Map.entry(TRANSFER_REFUSED, TransferRefused.class),
			Map.entry(POLICY_RULES_PUBLISHED, PolicyRulesPublished.class));

	/** Current schema version of each type's data. */
	public static final Map<String, Integer> SCHEMA_VERSIONS = Map.ofEntries(Map.entry(MESSAGE_RECEIVED, 1),
			Map.entry(INTENT_DETECTED, 1), Map.entry(SLOTS_UPDATED, 1), Map.entry(ASSISTANT_REPLIED, 1),
			Map.entry(TRANSFER_CONFIRMATION_REQUESTED, 1), Map.entry(TRANSFER_CONFIRMED, 1),
			Map.entry(TRANSFER_EXECUTED, 1), Map.entry(TRANSFER_REFUSED, 1), Map.entry(POLICY_RULES_PUBLISHED, 1));

	private EventTypes() {
	}

}

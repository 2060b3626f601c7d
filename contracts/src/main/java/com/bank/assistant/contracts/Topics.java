package com.bank.assistant.contracts;

/**
 * Kafka topic names. Every topic is keyed by conversation id and has exactly one
 * producing service, named beside it; {@code docs/asyncapi.yaml} lists the consumers.
 */
public final class Topics {

	/** {@code MessageReceived}: what a customer wrote. Producer: gateway. */
	public static final String CHAT_MESSAGES = "assistant.chat.messages";

	/** {@code IntentDetected}: the intent of a message. Producer: intent-service. */
	public static final String NLU_INTENTS = "assistant.nlu.intents";

	/**
	 * {@code SlotsUpdated}: each message's values and the conversation's slot frame after
	 * it. Producer: slot-filling-service.
	 */
	public static final String NLU_SLOTS = "assistant.nlu.slots";

	/**
	 * {@code AssistantReplied}: what the assistant answers. Producer: transfer-service.
	 */
	public static final String DIALOG_REPLIES = "assistant.dialog.replies";

	/**
	 * Transfer lifecycle events: confirmation asked, confirmed, executed, refused.
	 * Producer: transfer-service.
	 */
	public static final String TRANSFER_EVENTS = "assistant.transfer.events";

	/**
	 * {@code PolicyRulesPublished}: the policy gate's rules and the model tiers' live
	 * figures; compacted, one key ({@code policy-rules}). Producer: policy-service.
	 */
	public static final String POLICY_RULES = "assistant.policy.rules";

	private Topics() {
	}

}

package com.bank.assistant.audit.trail;

/**
 * The end of a conversation's chain: the last sequence number and its hash.
 *
 * @param conversationId the conversation
 * @param lastSequence the sequence number of the last record, 0 for an empty chain
 * @param lastHash the hash of the last record, {@link ChainHash#GENESIS} for an empty
 * chain
 */
public record ChainHead(String conversationId, long lastSequence, String lastHash) {

	/** The head of a chain that has no record yet. */
	public static ChainHead empty(String conversationId) {
		return new ChainHead(conversationId, 0, ChainHash.GENESIS);
	}

}

package com.bank.assistant.slots.turn;

import com.bank.assistant.contracts.ids.ConversationId;

/**
 * Each conversation's slot memory, written only over the version it was read at: messages
 * and replies of one conversation arrive on different consumers.
 */
public interface SlotMemoryStore {

	/** The conversation's memory, or the empty one. */
	StoredMemory load(ConversationId conversation);

	/**
	 * Writes the memory if the stored one is still the version read; false (nothing
	 * written) when another write came first.
	 */
	boolean replace(ConversationId conversation, StoredMemory read, SlotMemory next);

}

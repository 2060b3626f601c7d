package com.bank.assistant.audit.trail;

/**
 * The outcome of walking one conversation's chain.
 *
 * @param conversationId the conversation
 * @param ok whether every record and the chain's head verify
 * @param recordsChecked how many records verified before the walk stopped
 * @param brokenRecord the first record that does not verify, or null when ok
 */
public record Verification(String conversationId, boolean ok, int recordsChecked, BrokenRecord brokenRecord) {

	/** A chain that verifies end to end. */
	public static Verification intact(String conversationId, int recordsChecked) {
		return new Verification(conversationId, true, recordsChecked, null);
	}

	/** A chain that breaks at {@code record}. */
	public static Verification broken(String conversationId, int recordsChecked, BrokenRecord record) {
		return new Verification(conversationId, false, recordsChecked, record);
	}

}

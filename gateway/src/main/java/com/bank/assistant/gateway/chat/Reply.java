package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.ids.ConversationId;

/**
 * The assistant's answer to one message, as the gateway hands it to the customer.
 *
 * @param eventId id of the {@code AssistantReplied} envelope
 * @param conversation the conversation it belongs to
 * @param messageId the message it answers
 * @param content the answer
 * @param position where the reply log keeps it, or null while (or if) it is not logged
 */
public record Reply(String eventId, ConversationId conversation, MessageId messageId, AssistantReplied content,
		ReplyPosition position) {

	/** A reply just received, not logged yet. */
	public Reply(String eventId, ConversationId conversation, MessageId messageId, AssistantReplied content) {
		this(eventId, conversation, messageId, content, null);
	}

	/** The same reply, kept at this position of the log. */
	public Reply at(ReplyPosition logged) {
		return new Reply(this.eventId, this.conversation, this.messageId, this.content, logged);
	}

}

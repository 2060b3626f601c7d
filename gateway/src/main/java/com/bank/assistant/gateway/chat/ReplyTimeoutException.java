package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.ids.ConversationId;

/**
 * A message was accepted but its reply did not come before the turn's deadline; it will
 * still arrive on the conversation's event stream.
 */
public class ReplyTimeoutException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient ConversationId conversation;

	private final transient MessageId messageId;

	/** The accepted message whose reply is late. */
	public ReplyTimeoutException(ConversationId conversation, MessageId messageId) {
		super("No reply to message " + messageId.value() + " before its deadline");
		this.conversation = conversation;
		this.messageId = messageId;
	}

	/** The conversation of the message. */
	public ConversationId conversation() {
		return this.conversation;
	}

	/** The accepted message. */
	public MessageId messageId() {
		return this.messageId;
	}

}

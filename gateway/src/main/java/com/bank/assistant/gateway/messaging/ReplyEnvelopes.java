package com.bank.assistant.gateway.messaging;

import java.util.Optional;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.gateway.chat.MessageId;
import com.bank.assistant.gateway.chat.Reply;

/** Reads a reply out of an envelope on the replies topic. */
final class ReplyEnvelopes {

	private ReplyEnvelopes() {
	}

	/**
	 * The reply this envelope carries, or empty for any other event (the topic is read
	 * tolerantly).
	 */
	static Optional<Reply> reply(Envelope envelope) {
		if (!(envelope.data() instanceof AssistantReplied replied) || envelope.correlationid() == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Reply(envelope.id(), envelope.conversationid(), new MessageId(envelope.correlationid()), replied));
	}

}

package com.bank.assistant.gateway.web;

import java.util.List;

import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.gateway.chat.Reply;

/** The JSON bodies the chat API answers with. */
final class ChatResponses {

	private ChatResponses() {
	}

	/**
	 * A conversation was started.
	 *
	 * @param conversationId its id, for the message and event URLs
	 */
	record ConversationCreated(String conversationId) {
	}

	/**
	 * A message was published; its reply will come on the event stream.
	 *
	 * @param conversationId the conversation
	 * @param messageId the message, the {@code messageId} its reply carries
	 */
	record MessageAccepted(String conversationId, String messageId) {
	}

	/**
	 * A message and its reply.
	 *
	 * @param conversationId the conversation
	 * @param messageId the message
	 * @param reply the assistant's answer
	 */
	record MessageAnswered(String conversationId, String messageId, AssistantReplied reply) {

		static MessageAnswered of(Reply reply) {
			return new MessageAnswered(reply.conversation().value(), reply.messageId().value(), reply.content());
		}

	}

	/**
	 * The data of a {@code reply} server-sent event: the message answered and the reply's
	 * fields.
	 *
	 * @param eventId the id of the {@code AssistantReplied} envelope
	 * @param messageId the message answered
	 * @param text the reply
	 * @param locale its language
	 * @param intent the intent it answers
	 * @param dialogState the dialog's state after this turn
	 * @param quickReplies buttons to show
	 * @param transfer the receipt, when the turn executed a transfer
	 */
	record ReplyEvent(String eventId, String messageId, String text, String locale, String intent, String dialogState,
			List<QuickReply> quickReplies, TransferReceipt transfer) {

		static ReplyEvent of(Reply reply) {
			AssistantReplied content = reply.content();
			return new ReplyEvent(reply.eventId(), reply.messageId().value(), content.text(), content.locale(),
					content.intent(), content.dialogState(), content.quickReplies(), content.transfer());
		}

	}

	/**
	 * The data of a {@code typing} server-sent event.
	 *
	 * @param messageId the message being answered
	 */
	record TypingEvent(String messageId) {
	}

}

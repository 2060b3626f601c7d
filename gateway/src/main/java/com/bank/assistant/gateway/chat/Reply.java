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
 */
public record Reply(String eventId, ConversationId conversation, MessageId messageId, AssistantReplied content) {

}

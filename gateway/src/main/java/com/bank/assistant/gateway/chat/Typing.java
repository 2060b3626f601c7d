package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.ids.ConversationId;

/**
 * The assistant is working on a message: it was accepted and its reply has not come yet.
 *
 * @param conversation the conversation
 * @param messageId the message being answered
 */
public record Typing(ConversationId conversation, MessageId messageId) {

}

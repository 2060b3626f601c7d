package com.bank.assistant.gateway.chat;

import reactor.core.publisher.Flux;

/**
 * What a customer following a conversation receives.
 *
 * @param replies the replies, each once, in the log's order
 * @param typing signals that a message was accepted and its reply is coming (live only)
 */
public record ConversationFeed(Flux<Reply> replies, Flux<Typing> typing) {

}

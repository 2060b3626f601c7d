package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.ids.ConversationId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: the per-conversation log of replies that a reconnecting client resumes from. */
public interface ReplyLog {

	/**
	 * Appends the reply once, however many gateway instances see it; every instance gets
	 * the same position back.
	 */
	Mono<ReplyPosition> append(Reply reply);

	/** The conversation's logged replies after this position, oldest first. */
	Flux<Reply> after(ConversationId conversation, ReplyPosition position);

}

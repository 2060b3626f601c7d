package com.bank.assistant.gateway.chat;

import reactor.core.publisher.Mono;

/** Port: the per-conversation log of replies that a reconnecting client resumes from. */
public interface ReplyLog {

	/** Appends the reply once, however many gateway instances see it. */
	Mono<Void> append(Reply reply);

}

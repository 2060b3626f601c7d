package com.bank.assistant.gateway.chat;

import java.time.Duration;

import com.bank.assistant.contracts.ids.ConversationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Where replies arrive in this gateway instance: they are appended to the reply log and
 * handed live to whoever waits in this instance (a request or an event stream).
 */
public class ReplyDesk {

	private static final Logger log = LoggerFactory.getLogger(ReplyDesk.class);

	private final Sinks.Many<Reply> replies = Sinks.many().multicast().directBestEffort();

	private final ReplyLog replyLog;

	/** A desk that logs every reply to this log. */
	public ReplyDesk(ReplyLog replyLog) {
		this.replyLog = replyLog;
	}

	/** A reply has arrived: hand it to the waiting, then log it. */
	public void deliver(Reply reply) {
		this.replies.emitNext(reply, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
		this.replyLog.append(reply)
			.doOnError((ex) -> log.warn("Reply {} not logged: {}", reply.eventId(), ex.getMessage()))
			.onErrorComplete()
			.subscribe();
	}

	/** The replies of this conversation from now on, live; nothing is replayed. */
	public Flux<Reply> live(ConversationId conversation) {
		return this.replies.asFlux().filter((reply) -> reply.conversation().equals(conversation));
	}

}

package com.bank.assistant.gateway.web;

import java.time.Duration;

import com.bank.assistant.gateway.chat.ConversationFeed;
import com.bank.assistant.gateway.chat.Reply;
import com.bank.assistant.gateway.chat.ReplyPosition;
import com.bank.assistant.gateway.chat.Typing;
import com.bank.assistant.gateway.web.ChatResponses.ReplyEvent;
import com.bank.assistant.gateway.web.ChatResponses.TypingEvent;
import reactor.core.publisher.Flux;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.server.ServerWebInputException;

/**
 * A conversation's feed as server-sent events: {@code reply} events whose id is the
 * reply's position in the log (what {@code Last-Event-ID} resumes after), {@code typing}
 * events without id, and comments that open the stream at once and keep idle connections
 * alive.
 */
final class ConversationEvents {

	/** How often an idle stream gets a comment, so proxies do not close it. */
	static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private ConversationEvents() {
	}

	/** The event stream of this feed. */
	static Flux<ServerSentEvent<Object>> of(ConversationFeed feed) {
		return Flux.merge(Flux.just(comment("connected")), feed.replies().map(ConversationEvents::reply),
				feed.typing().map(ConversationEvents::typing),
				Flux.interval(KEEP_ALIVE).map((tick) -> comment("keep-alive")));
	}

	/**
	 * The position a {@code Last-Event-ID} names, null without one, or a 400 when it is
	 * not a reply event id.
	 */
	static ReplyPosition resumeAfter(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			return ReplyPosition.parse(lastEventId);
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException("Last-Event-ID " + ex.getMessage());
		}
	}

	private static ServerSentEvent<Object> reply(Reply reply) {
		ServerSentEvent.Builder<Object> event = ServerSentEvent.<Object>builder(ReplyEvent.of(reply)).event("reply");
		return (reply.position() != null) ? event.id(reply.position().value()).build() : event.build();
	}

	private static ServerSentEvent<Object> typing(Typing typing) {
		return ServerSentEvent.<Object>builder(new TypingEvent(typing.messageId().value())).event("typing").build();
	}

	private static ServerSentEvent<Object> comment(String text) {
		return ServerSentEvent.builder().comment(text).build();
	}

}

package com.bank.assistant.gateway.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The chat use cases: start a conversation, post a message (and wait for its reply), and
 * follow a conversation's replies. Every use checks that the customer owns the
 * conversation.
 */
public class ChatService {

	/** Channel of messages that come through this API. */
	static final String CHANNEL = "api";

	private final Conversations conversations;

	private final ChatMessages messages;

	private final ReplyDesk desk;

	private final Clock clock;

	private final Duration turnTimeout;

	/** A service that gives each turn this long to be answered. */
	public ChatService(Conversations conversations, ChatMessages messages, ReplyDesk desk, Clock clock,
			Duration turnTimeout) {
		this.conversations = conversations;
		this.messages = messages;
		this.desk = desk;
		this.clock = clock;
		this.turnTimeout = turnTimeout;
	}

	/** A new conversation owned by this customer. */
	public Mono<Conversation> start(CustomerId customer) {
		Conversation conversation = new Conversation(new ConversationId("c-" + UUID.randomUUID()), customer);
		return this.conversations.register(conversation).thenReturn(conversation);
	}

	/** Publishes the message and returns its id without waiting for the reply. */
	public Mono<MessageId> post(ConversationId id, CustomerId customer, String text, String locale) {
		return owned(id, customer).flatMap((conversation) -> publish(conversation, text, locale, deadline()));
	}

	/**
	 * Publishes the message and returns its reply, or a {@link ReplyTimeoutException} at
	 * the turn's deadline.
	 */
	public Mono<Reply> ask(ConversationId id, CustomerId customer, String text, String locale) {
		return owned(id, customer).flatMap((conversation) -> {
			// Capture the replies before publishing: a fast reply must not be missed.
			Instant deadline = deadline();
			ConnectableFlux<Reply> captured = this.desk.live(id).replay();
			Disposable capture = captured.connect();
			return publish(conversation, text, locale, deadline)
				.flatMap((messageId) -> replyTo(captured, id, messageId, deadline))
				.doFinally((signal) -> capture.dispose());
		});
	}

	/**
	 * The conversation's replies after this position (from the log, then live), or from
	 * now on if it is null, once ownership is checked (so a refusal comes before any
	 * event).
	 */
	public Mono<ConversationFeed> follow(ConversationId id, CustomerId customer, ReplyPosition after) {
		return owned(id, customer).map((conversation) -> new ConversationFeed(
				(after != null) ? this.desk.after(id, after) : this.desk.live(id), this.desk.typing(id)));
	}

	private Mono<Conversation> owned(ConversationId id, CustomerId customer) {
		return this.conversations.find(id)
			.filter((conversation) -> conversation.isOwnedBy(customer))
			.switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(id)));
	}

	private Instant deadline() {
		return this.clock.instant().plus(this.turnTimeout);
	}

	private Mono<MessageId> publish(Conversation conversation, String text, String locale, Instant deadline) {
		return this.messages.publish(conversation, deadline, new MessageReceived(text, locale, CHANNEL))
			.doOnNext((messageId) -> this.desk.typing(new Typing(conversation.id(), messageId)));
	}

	private Mono<Reply> replyTo(Flux<Reply> captured, ConversationId id, MessageId messageId, Instant deadline) {
		Duration left = Duration.between(this.clock.instant(), deadline);
		return captured.filter((reply) -> reply.messageId().equals(messageId))
			.next()
			.timeout(left.isNegative() ? Duration.ZERO : left, Mono.error(new ReplyTimeoutException(id, messageId)));
	}

}

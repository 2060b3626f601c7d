package com.bank.assistant.gateway.conversations;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.gateway.chat.MessageId;
import com.bank.assistant.gateway.chat.Typing;
import com.bank.assistant.gateway.chat.TypingSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Typing signals over Redis pub/sub (channel {@code assistant:typing}): every instance
 * hears every signal, and filters for the streams it has open. Best effort, as a typing
 * hint is: a signal published while no instance listens is gone.
 */
@Component
class RedisTypingSignals implements TypingSignals {

	/** The channel every gateway instance listens on. */
	static final String CHANNEL = "assistant:typing";

	private static final Logger log = LoggerFactory.getLogger(RedisTypingSignals.class);

	private static final String SEPARATOR = "\n";

	private final ReactiveStringRedisTemplate redis;

	private final Flux<Typing> signals;

	/**
	 * Signals through this Redis; one subscription shared by all of this instance's
	 * streams.
	 */
	RedisTypingSignals(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
		// Deferred: each listenToChannel makes a listener container that is destroyed
		// when
		// its subscription ends, so a later first subscriber needs a new one.
		this.signals = Flux.defer(() -> redis.listenToChannel(CHANNEL)).<Typing>handle((message, sink) -> {
			try {
				sink.next(typing(message.getMessage()));
			}
			catch (RuntimeException ex) {
				log.warn("Unreadable typing signal {}: {}", message.getMessage(), ex.getMessage());
			}
		}).share();
	}

	@Override
	public void publish(Typing signal) {
		this.redis.convertAndSend(CHANNEL, signal.conversation().value() + SEPARATOR + signal.messageId().value())
			.subscribe((listeners) -> {
			}, (ex) -> log.warn("Typing signal of {} not published: {}", signal.messageId().value(), ex.getMessage()));
	}

	/** The signals; if Redis fails, a stream goes on without them. */
	@Override
	public Flux<Typing> signals() {
		return this.signals.onErrorResume((ex) -> {
			log.warn("Typing signals stopped: {}", ex.getMessage());
			return Flux.empty();
		});
	}

	private static Typing typing(String text) {
		int split = text.indexOf(SEPARATOR);
		return new Typing(new ConversationId(text.substring(0, split)), new MessageId(text.substring(split + 1)));
	}

}

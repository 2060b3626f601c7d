package com.bank.assistant.gateway.conversations;

import java.time.Duration;
import java.util.UUID;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.gateway.chat.MessageId;
import com.bank.assistant.gateway.chat.Typing;
import com.bank.assistant.infra.InfrastructureEndpoints;
import com.bank.assistant.infra.SharedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances on the real Redis: a message accepted by one shows "typing" on a
 * stream open on the other.
 */
class TypingSignalsIT {

	private final LettuceConnectionFactory first = connect();

	private final LettuceConnectionFactory second = connect();

	@AfterEach
	void disconnect() {
		this.first.destroy();
		this.second.destroy();
	}

	@Test
	void aSignalPublishedByOneInstanceReachesTheOther() {
		assertHeard(signals(this.first), signals(this.second));
	}

	@Test
	void aStreamOpenedAfterAnotherClosedStillHearsSignals() {
		RedisTypingSignals accepting = signals(this.first);
		RedisTypingSignals streaming = signals(this.second);

		assertHeard(accepting, streaming);
		assertHeard(accepting, streaming);
	}

	private static void assertHeard(RedisTypingSignals accepting, RedisTypingSignals streaming) {
		Typing signal = new Typing(new ConversationId("c-" + UUID.randomUUID()),
				new MessageId(UUID.randomUUID().toString()));
		// Pub/sub keeps nothing: publish until the other instance's subscription is up.
		Disposable publishing = Flux.interval(Duration.ofMillis(100)).subscribe((tick) -> accepting.publish(signal));
		try {
			Typing heard = streaming.signals()
				.filter((each) -> each.conversation().equals(signal.conversation()))
				.blockFirst(Duration.ofSeconds(10));

			assertThat(heard).isEqualTo(signal);
		}
		finally {
			publishing.dispose();
		}
	}

	private static RedisTypingSignals signals(LettuceConnectionFactory connections) {
		return new RedisTypingSignals(new ReactiveStringRedisTemplate(connections));
	}

	private static LettuceConnectionFactory connect() {
		InfrastructureEndpoints endpoints = SharedInfrastructure.endpoints();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(endpoints.redisHost(), endpoints.redisPort());
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}

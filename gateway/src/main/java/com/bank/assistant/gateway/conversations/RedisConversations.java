package com.bank.assistant.gateway.conversations;

import java.time.Duration;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gateway.GatewayProperties;
import com.bank.assistant.gateway.chat.Conversation;
import com.bank.assistant.gateway.chat.Conversations;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Conversations as Redis strings {@code assistant:conversation:<id>} holding the owner's
 * customer id, expiring when idle for the configured lifetime.
 */
@Component
class RedisConversations implements Conversations {

	static final String KEY_PREFIX = "assistant:conversation:";

	private final ReactiveStringRedisTemplate redis;

	private final Duration ttl;

	RedisConversations(ReactiveStringRedisTemplate redis, GatewayProperties properties) {
		this.redis = redis;
		this.ttl = properties.conversationTtl();
	}

	@Override
	public Mono<Void> register(Conversation conversation) {
		return this.redis.opsForValue().set(key(conversation.id()), conversation.customer().value(), this.ttl).then();
	}

	@Override
	public Mono<Conversation> find(ConversationId id) {
		return this.redis.opsForValue()
			.getAndExpire(key(id), this.ttl)
			.map((customer) -> new Conversation(id, new CustomerId(customer)));
	}

	private static String key(ConversationId id) {
		return KEY_PREFIX + id.value();
	}

}

package com.bank.assistant.transfer.persistence;

import java.time.Duration;
import java.util.Optional;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.messaging.TolerantJson;
import com.bank.assistant.transfer.dialog.ConversationState;
import com.bank.assistant.transfer.dialog.ConversationStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Each conversation's dialog state as readable JSON under
 * {@code transfer:conversation:<id>}, expiring after a quiet period.
 */
public class RedisConversationStore implements ConversationStore {

	private static final String PREFIX = "transfer:conversation:";

	private final StringRedisTemplate redis;

	private final Duration ttl;

	private final JsonMapper json = TolerantJson.mapper();

	/** States kept in this Redis for this long after the last message. */
	public RedisConversationStore(StringRedisTemplate redis, Duration ttl) {
		this.redis = redis;
		this.ttl = ttl;
	}

	@Override
	public Optional<ConversationState> load(ConversationId conversation) {
		String stored = this.redis.opsForValue().get(PREFIX + conversation.value());
		return Optional.ofNullable(stored).map((text) -> this.json.readValue(text, ConversationState.class));
	}

	@Override
	public void save(ConversationId conversation, ConversationState state) {
		this.redis.opsForValue().set(PREFIX + conversation.value(), this.json.writeValueAsString(state), this.ttl);
	}

}

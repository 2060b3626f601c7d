package com.bank.assistant.transfer.persistence;

import java.time.Duration;

import com.bank.assistant.transfer.dialog.ProcessedEvents;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Handled event ids as {@code transfer:processed:<id>} keys set once the event was
 * handled to the end, kept long enough to outlive any redelivery.
 */
public class RedisProcessedEvents implements ProcessedEvents {

	private static final String PREFIX = "transfer:processed:";

	private final StringRedisTemplate redis;

	private final Duration ttl;

	/** Event ids kept in this Redis for this long. */
	public RedisProcessedEvents(StringRedisTemplate redis, Duration ttl) {
		this.redis = redis;
		this.ttl = ttl;
	}

	@Override
	public boolean handled(String eventId) {
		return Boolean.TRUE.equals(this.redis.hasKey(PREFIX + eventId));
	}

	@Override
	public void markHandled(String eventId) {
		this.redis.opsForValue().set(PREFIX + eventId, "1", this.ttl);
	}

}

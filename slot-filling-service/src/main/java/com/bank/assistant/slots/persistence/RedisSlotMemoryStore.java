package com.bank.assistant.slots.persistence;

import java.time.Duration;
import java.util.List;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.messaging.TolerantJson;
import com.bank.assistant.slots.turn.SlotMemory;
import com.bank.assistant.slots.turn.SlotMemoryStore;
import com.bank.assistant.slots.turn.StoredMemory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Each conversation's slot memory as readable JSON under {@code slots:memory:<id>},
 * expiring after a quiet period. A write succeeds only over the exact JSON it was
 * computed from (one Lua script, atomic in Redis), so a reply and a message of the same
 * conversation never overwrite each other.
 */
public class RedisSlotMemoryStore implements SlotMemoryStore {

	static final String PREFIX = "slots:memory:";

	private static final RedisScript<Long> COMPARE_AND_SET = new DefaultRedisScript<>("""
			local current = redis.call('GET', KEYS[1])
			if (current == false and ARGV[1] == '') or current == ARGV[1] then
			  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
			  return 1
			end
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	private final Duration ttl;

	private final JsonMapper json = TolerantJson.mapper();

	/** Memories kept in this Redis for this long after the last write. */
	public RedisSlotMemoryStore(StringRedisTemplate redis, Duration ttl) {
		this.redis = redis;
		this.ttl = ttl;
	}

	@Override
	public StoredMemory load(ConversationId conversation) {
		String stored = this.redis.opsForValue().get(PREFIX + conversation.value());
		if (stored == null) {
			return new StoredMemory(SlotMemory.EMPTY, null);
		}
		return new StoredMemory(this.json.readValue(stored, SlotMemory.class), stored);
	}

	@Override
	public boolean replace(ConversationId conversation, StoredMemory read, SlotMemory next) {
		String expected = (read.version() != null) ? read.version() : "";
		Long written = this.redis.execute(COMPARE_AND_SET, List.of(PREFIX + conversation.value()), expected,
				this.json.writeValueAsString(next), Long.toString(this.ttl.toMillis()));
		return written != null && written == 1L;
	}

}

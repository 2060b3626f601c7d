package com.bank.assistant.gateway.conversations;

import java.time.Duration;
import java.util.List;

import com.bank.assistant.gateway.GatewayProperties;
import com.bank.assistant.gateway.chat.Reply;
import com.bank.assistant.gateway.chat.ReplyLog;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Replies as a Redis stream per conversation
 * ({@code assistant:conversation:<id>:replies}, capped and expiring with the
 * conversation), the store a later {@code Last-Event-ID} resume reads. Every gateway
 * instance sees every reply, so a script appends each reply once.
 */
@Component
class RedisReplyLog implements ReplyLog {

	private static final int MAX_LENGTH = 500;

	private static final RedisScript<Long> APPEND_ONCE = RedisScript.of(
			"""
					if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then
					  redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'eventId', ARGV[3], 'messageId', ARGV[4], 'reply', ARGV[5])
					  redis.call('EXPIRE', KEYS[1], ARGV[1])
					  return 1
					end
					return 0
					""",
			Long.class);

	private final ReactiveStringRedisTemplate redis;

	private final JsonMapper json;

	private final Duration ttl;

	RedisReplyLog(ReactiveStringRedisTemplate redis, JsonMapper json, GatewayProperties properties) {
		this.redis = redis;
		this.json = json;
		this.ttl = properties.conversationTtl();
	}

	@Override
	public Mono<Void> append(Reply reply) {
		List<String> keys = List.of(streamKey(reply), "assistant:reply:" + reply.eventId());
		List<String> args = List.of(Long.toString(this.ttl.toSeconds()), Integer.toString(MAX_LENGTH), reply.eventId(),
				reply.messageId().value(), this.json.writeValueAsString(reply.content()));
		return this.redis.execute(APPEND_ONCE, keys, args).then();
	}

	static String streamKey(Reply reply) {
		return RedisConversations.KEY_PREFIX + reply.conversation().value() + ":replies";
	}

}

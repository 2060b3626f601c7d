package com.bank.assistant.gateway.conversations;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.gateway.GatewayProperties;
import com.bank.assistant.gateway.chat.MessageId;
import com.bank.assistant.gateway.chat.Reply;
import com.bank.assistant.gateway.chat.ReplyLog;
import com.bank.assistant.gateway.chat.ReplyPosition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Replies as a Redis stream per conversation
 * ({@code assistant:conversation:<id>:replies}, capped and expiring with the
 * conversation), the store a {@code Last-Event-ID} resume reads; the stream entry id is
 * the reply's position. Every gateway instance sees every reply, so a script appends each
 * reply once and gives every instance the same entry id.
 */
@Component
class RedisReplyLog implements ReplyLog {

	/** Replies kept per conversation (about: the stream is trimmed with {@code ~}). */
	static final int MAX_LENGTH = 500;

	private static final RedisScript<String> APPEND_ONCE = RedisScript.of(
			"""
					local id = redis.call('GET', KEYS[2])
					if id then
					  return id
					end
					id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'eventId', ARGV[3], 'messageId', ARGV[4], 'reply', ARGV[5])
					redis.call('SET', KEYS[2], id, 'EX', ARGV[1])
					redis.call('EXPIRE', KEYS[1], ARGV[1])
					return id
					""",
			String.class);

	private final ReactiveStringRedisTemplate redis;

	private final JsonMapper json;

	private final Duration ttl;

	RedisReplyLog(ReactiveStringRedisTemplate redis, JsonMapper json, GatewayProperties properties) {
		this.redis = redis;
		this.json = json;
		this.ttl = properties.conversationTtl();
	}

	@Override
	public Mono<ReplyPosition> append(Reply reply) {
		List<String> keys = List.of(streamKey(reply.conversation()), "assistant:reply:" + reply.eventId());
		List<String> args = List.of(Long.toString(this.ttl.toSeconds()), Integer.toString(MAX_LENGTH), reply.eventId(),
				reply.messageId().value(), this.json.writeValueAsString(reply.content()));
		return this.redis.execute(APPEND_ONCE, keys, args).next().map(ReplyPosition::parse);
	}

	@Override
	public Flux<Reply> after(ConversationId conversation, ReplyPosition position) {
		// Inclusive (works on every Redis version); the desk drops the entry at the
		// position itself.
		Range<String> range = Range.rightUnbounded(Range.Bound.inclusive(position.value()));
		return this.redis.<String, String>opsForStream()
			.range(streamKey(conversation), range, Limit.limit().count(MAX_LENGTH * 2))
			.map((entry) -> reply(conversation, entry));
	}

	private Reply reply(ConversationId conversation, MapRecord<String, String, String> entry) {
		Map<String, String> fields = entry.getValue();
		return new Reply(fields.get("eventId"), conversation, new MessageId(fields.get("messageId")),
				this.json.readValue(fields.get("reply"), AssistantReplied.class),
				ReplyPosition.parse(entry.getId().getValue()));
	}

	static String streamKey(ConversationId conversation) {
		return RedisConversations.KEY_PREFIX + conversation.value() + ":replies";
	}

}

package com.bank.assistant.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the conversation id (every topic's record key) in the logging context while a
 * record is handled, so that each log line of a turn names its conversation (the
 * structured JSON logs carry it as {@code conversationId}) and nothing of what the
 * customer wrote.
 */
final class ConversationLogContext implements RecordInterceptor<Object, Object> {

	/** The logging context key. */
	static final String KEY = "conversationId";

	/** Sets this interceptor on a listener container of any key and value types. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void install(AbstractMessageListenerContainer<?, ?> container) {
		((AbstractMessageListenerContainer) container).setRecordInterceptor(new ConversationLogContext());
	}

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		Object key = record.key();
		if (key instanceof byte[] bytes) {
			MDC.put(KEY, new String(bytes, StandardCharsets.UTF_8));
		}
		else if (key != null) {
			MDC.put(KEY, key.toString());
		}
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(KEY);
	}

}

package com.bank.assistant.gateway.messaging;

import java.util.function.Consumer;

import com.bank.assistant.gateway.chat.ReplyDesk;
import com.bank.assistant.messaging.EnvelopeCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes {@code assistant.dialog.replies}. The binding has no group on purpose: each
 * gateway instance is its own anonymous consumer and sees every reply, because the
 * request waiting for a reply may be held by any instance.
 */
@Configuration(proxyBeanMethods = false)
class ReplyBindings {

	/**
	 * Reads the raw bytes with the codec: bound as {@code Consumer<Envelope>}, the
	 * function layer turned the JSON into a map before the CloudEvents converter saw it.
	 */
	@Bean
	Consumer<byte[]> replies(EnvelopeCodec codec, ReplyDesk desk) {
		return (bytes) -> ReplyEnvelopes.reply(codec.read(bytes)).ifPresent(desk::deliver);
	}

}

package com.bank.assistant.messaging;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.cloud.function.core.FunctionInvocationHelper;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;

/**
 * Registers the envelope codec, its message converter and the service's
 * {@link EventSource}.
 */
@AutoConfiguration(before = ContextFunctionCatalogAutoConfiguration.class)
public class MessagingAutoConfiguration {

	/**
	 * Keeps Spring Cloud Function's own CloudEvents handling away from our envelopes: it
	 * would turn a structured {@code application/cloudevents+json} message into headers
	 * and a {@code data} map before any converter sees it. Spring Cloud Function uses its
	 * helper only when no other is declared.
	 */
	@Bean
	FunctionInvocationHelper<Message<?>> envelopePassThroughInvocationHelper() {
		return new FunctionInvocationHelper<>() {
		};
	}

	@Bean
	@ConditionalOnMissingBean
	EnvelopeCodec envelopeCodec() {
		return new EnvelopeCodec();
	}

	@Bean
	CloudEventsMessageConverter cloudEventsMessageConverter(EnvelopeCodec codec) {
		return new CloudEventsMessageConverter(codec);
	}

	/**
	 * Commits offsets asynchronously: a synchronous commit after every poll cut the
	 * chain's throughput several times over, and every consumer here already tolerates a
	 * redelivered event. {@code assistant.messaging.async-commits=false} (the
	 * {@code kafka-defaults} profile) restores the library default, a synchronous commit.
	 */
	@Bean
	ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> offsetCommits(
			@Value("${assistant.messaging.async-commits:true}") boolean asyncCommits) {
		return (container, destination, group) -> {
			container.getContainerProperties().setSyncCommits(!asyncCommits);
			ConversationLogContext.install(container);
		};
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	EventSource eventSource(@Value("${spring.application.name}") String serviceName, Clock clock) {
		return new EventSource(serviceName, clock);
	}

}

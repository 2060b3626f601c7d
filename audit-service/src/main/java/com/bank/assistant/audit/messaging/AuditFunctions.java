package com.bank.assistant.audit.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds the trail to every topic of the assistant. */
@Configuration(proxyBeanMethods = false)
class AuditFunctions {

	@Bean
	Consumer<Message<byte[]>> auditEvent(EventIngestion ingestion) {
		return ingestion::ingest;
	}

}

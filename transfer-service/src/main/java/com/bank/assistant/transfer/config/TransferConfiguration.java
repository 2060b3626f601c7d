package com.bank.assistant.transfer.config;

import java.time.Clock;

import com.bank.assistant.transfer.dialog.ConversationStore;
import com.bank.assistant.transfer.dialog.ConversationTurns;
import com.bank.assistant.transfer.dialog.EventPublisher;
import com.bank.assistant.transfer.dialog.ProcessedEvents;
import com.bank.assistant.transfer.dialog.RuleBasedTransferDialog;
import com.bank.assistant.transfer.dialog.TransferDialog;
import com.bank.assistant.transfer.ledger.ContactDirectory;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.PixEndToEndIds;
import com.bank.assistant.transfer.ledger.TransferIds;
import com.bank.assistant.transfer.persistence.JdbcContactDirectory;
import com.bank.assistant.transfer.persistence.JdbcLedger;
import com.bank.assistant.transfer.persistence.RedisConversationStore;
import com.bank.assistant.transfer.persistence.RedisProcessedEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Joins the dialog and the ledger to PostgreSQL, Redis and Kafka. */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

	@Bean
	Ledger ledger(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		return new JdbcLedger(jdbc, transactions, clock);
	}

	@Bean
	ContactDirectory contactDirectory(JdbcClient jdbc) {
		return new JdbcContactDirectory(jdbc);
	}

	@Bean
	TransferIds transferIds(TransferSettings settings, Clock clock) {
		return new PixEndToEndIds(settings.ispb(), clock);
	}

	@Bean
	ConversationStore conversationStore(StringRedisTemplate redis, TransferSettings settings) {
		return new RedisConversationStore(redis, settings.conversationTtl());
	}

	@Bean
	ProcessedEvents processedEvents(StringRedisTemplate redis, TransferSettings settings) {
		return new RedisProcessedEvents(redis, settings.processedEventTtl());
	}

	@Bean
	TransferDialog transferDialog(Ledger ledger, ContactDirectory contacts, TransferIds ids) {
		return new RuleBasedTransferDialog(ledger, contacts, ids);
	}

	@Bean
	ConversationTurns conversationTurns(TransferDialog dialog, ConversationStore store, ProcessedEvents processed,
			EventPublisher publisher) {
		return new ConversationTurns(dialog, store, processed, publisher);
	}

}

package com.bank.assistant.transfer.config;

import java.time.Clock;

import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.transfer.dialog.Announcements;
import com.bank.assistant.transfer.dialog.ConversationStore;
import com.bank.assistant.transfer.dialog.ConversationTurns;
import com.bank.assistant.transfer.dialog.DialogRules;
import com.bank.assistant.transfer.dialog.DialogSteps;
import com.bank.assistant.transfer.dialog.EventPublisher;
import com.bank.assistant.transfer.dialog.ProcessedEvents;
import com.bank.assistant.transfer.dialog.ScheduledExecutions;
import com.bank.assistant.transfer.dialog.StepUpRecords;
import com.bank.assistant.transfer.dialog.StepUps;
import com.bank.assistant.transfer.dialog.TransferDialog;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.PixCalendar;
import com.bank.assistant.transfer.ledger.PixEndToEndIds;
import com.bank.assistant.transfer.ledger.PixLimits;
import com.bank.assistant.transfer.ledger.TransferIds;
import com.bank.assistant.transfer.persistence.JdbcLedger;
import com.bank.assistant.transfer.persistence.JdbcPins;
import com.bank.assistant.transfer.persistence.OutboxRelay;
import com.bank.assistant.transfer.persistence.RedisConversationStore;
import com.bank.assistant.transfer.persistence.RedisProcessedEvents;
import com.bank.assistant.transfer.persistence.RedisStepUps;
import com.bank.assistant.transfer.persistence.ResilientLedger;
import com.bank.assistant.transfer.statemachine.StateMachineTransferDialog;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Joins the dialog and the ledger to PostgreSQL, Redis and Kafka. */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

	/** The Resilience4j instance name of the ledger (see application.yml). */
	static final String LEDGER = "ledger";

	@Bean
	Ledger ledger(JdbcClient jdbc, TransactionTemplate transactions, EventSource events, TransferSettings settings,
			Clock clock, CircuitBreakerRegistry breakers, RetryRegistry retries) {
		PixLimits limits = new PixLimits(Money.brl(settings.nightLimit().toPlainString()),
				Money.brl(settings.dailyLimit().toPlainString()));
		JdbcLedger ledger = new JdbcLedger(jdbc, transactions, events, limits, PixCalendar.BRAZIL, clock);
		return new ResilientLedger(ledger, breakers.circuitBreaker(LEDGER), retries.retry(LEDGER));
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
	StepUpRecords stepUpRecords(StringRedisTemplate redis, TransferSettings settings) {
		return new RedisStepUps(redis, settings.confirmationTtl());
	}

	@Bean
	StepUps stepUps(ConversationStore conversations, JdbcClient jdbc, StepUpRecords records) {
		return new StepUps(conversations, new JdbcPins(jdbc), records);
	}

	@Bean
	TransferDialog transferDialog(Ledger ledger, TransferIds ids, StepUpRecords stepUps, TransferSettings settings) {
		DialogRules rules = new DialogRules(settings.confirmationTtl(), settings.stepUpAbove(),
				settings.nightStepUpAbove(), PixCalendar.BRAZIL);
		return new StateMachineTransferDialog(new DialogSteps(ledger, ids, stepUps, rules));
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, EventPublisher publisher) {
		return new OutboxRelay(jdbc, transactions, publisher);
	}

	@Bean
	ScheduledExecutions scheduledExecutions(Ledger ledger, Clock clock) {
		return new ScheduledExecutions(ledger, PixCalendar.BRAZIL, clock);
	}

	@Bean
	ConversationTurns conversationTurns(TransferDialog dialog, ConversationStore store, ProcessedEvents processed,
			EventPublisher publisher, Announcements announcements) {
		return new ConversationTurns(dialog, store, processed, publisher, announcements);
	}

}

package com.bank.assistant.policy;

import com.bank.assistant.policy.messaging.RulesPublisher;
import com.bank.assistant.policy.rules.RuleBook;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Republishes the rules in force on every heartbeat, so that gates get fresh latencies
 * and can tell that policy-service is alive (they stop escalating when it goes quiet).
 */
@Component
class RulesHeartbeat {

	private final RuleBook book;

	private final RulesPublisher publisher;

	RulesHeartbeat(RuleBook book, RulesPublisher publisher) {
		this.book = book;
		this.publisher = publisher;
	}

	@Scheduled(initialDelayString = "${assistant.policy.rules.first-publish:1s}",
			fixedDelayString = "${assistant.policy.rules.heartbeat:30s}")
	void beat() {
		this.publisher.publish(this.book.current());
	}

}

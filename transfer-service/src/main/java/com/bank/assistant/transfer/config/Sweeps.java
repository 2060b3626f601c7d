package com.bank.assistant.transfer.config;

import java.time.Duration;

import com.bank.assistant.transfer.dialog.ScheduledExecutions;
import com.bank.assistant.transfer.ledger.LedgerUnavailableException;
import com.bank.assistant.transfer.persistence.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The periodic work: publishing announcements a crash left in the outbox, and executing
 * scheduled transfers whose date came. Both are safe on several instances at once (rows
 * are locked and skipped), and a failed sweep is simply tried again at the next one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Sweeps {

	private static final Logger log = LoggerFactory.getLogger(Sweeps.class);

	/**
	 * The newest rows belong to the turn that wrote them, which publishes them itself.
	 */
	private static final Duration LEFT_BEHIND = Duration.ofSeconds(2);

	private final OutboxRelay outbox;

	private final ScheduledExecutions scheduled;

	Sweeps(OutboxRelay outbox, ScheduledExecutions scheduled) {
		this.outbox = outbox;
		this.scheduled = scheduled;
	}

	@Scheduled(fixedDelayString = "${assistant.transfer.outbox-sweep}")
	void publishLeftBehind() {
		try {
			int published = this.outbox.publishOlderThan(LEFT_BEHIND);
			if (published > 0) {
				log.info("Published {} announcements left in the outbox", published);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep failed; retrying at the next one: {}", ex.toString());
		}
	}

	@Scheduled(fixedDelayString = "${assistant.transfer.schedule-sweep}")
	void executeDueTransfers() {
		try {
			int ran = this.scheduled.runDue();
			if (ran > 0) {
				log.info("Ran {} scheduled transfers", ran);
			}
		}
		catch (LedgerUnavailableException | org.springframework.dao.DataAccessException ex) {
			log.warn("Scheduled transfers sweep failed; retrying at the next one: {}", ex.toString());
		}
	}

}

package com.bank.assistant.audit;

import com.bank.assistant.audit.trail.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes, on the configured schedule, the conversations whose chains stopped growing
 * longer ago than the retention period; whole chains only, so every chain left verifies.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionPurge {

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	private final AuditTrail trail;

	private final AuditSettings settings;

	RetentionPurge(AuditTrail trail, AuditSettings settings) {
		this.trail = trail;
		this.settings = settings;
	}

	@Scheduled(cron = "${assistant.audit.retention.purge-cron}")
	void purge() {
		int purged = this.trail.purgeOlderThan(this.settings.retention().trail());
		log.info("Retention: purged {} conversation(s) idle for more than {}", purged,
				this.settings.retention().trail());
	}

}

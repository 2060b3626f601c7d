package com.bank.assistant.audit;

import java.time.Clock;

import com.bank.assistant.audit.trail.AuditTrail;
import com.bank.assistant.audit.trail.TrailStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the trail's domain to its store. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditTrail auditTrail(TrailStore store, Clock clock) {
		return new AuditTrail(store, clock);
	}

}

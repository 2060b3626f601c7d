package com.bank.assistant.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.bank.assistant.audit.compliance.ComplianceChecks;
import com.bank.assistant.audit.compliance.PolicyDecisionRule;
import com.bank.assistant.audit.pii.PiiVault;
import com.bank.assistant.audit.trail.AuditTrail;
import com.bank.assistant.audit.trail.TrailSearch;
import com.bank.assistant.audit.trail.TrailStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the trail's domain to its store and its settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

	/** The local stack's PII key: public, in this repository; never for real data. */
	static final String LOCAL_PII_KEY = "MvfNl3yqb+gr3HCY4DhKX82xFuNtueZuBoYs6keu8JA=";

	private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

	@Bean
	PiiVault piiVault(AuditSettings settings) {
		AuditSettings.Pii pii = settings.pii();
		if (LOCAL_PII_KEY.equals(pii.key().strip())) {
			log.warn("Sealing personal data with the local stack's published key; set AUDIT_PII_KEY outside it");
		}
		Map<String, String> keys = new HashMap<>(pii.previousKeys());
		keys.put(pii.keyId(), pii.key());
		return new PiiVault(pii.keyId(), keys);
	}

	@Bean
	AuditTrail auditTrail(TrailStore store, Clock clock, PiiVault vault) {
		return new AuditTrail(store, clock, vault);
	}

	@Bean
	TrailSearch trailSearch(TrailStore store, AuditSettings settings) {
		return new TrailSearch(store, settings.blocks().eventTypes());
	}

	@Bean
	ComplianceChecks complianceChecks(TrailStore store, AuditTrail trail, AuditSettings settings, Clock clock) {
		return new ComplianceChecks(store, trail, new PolicyDecisionRule(settings.checks().modelSteps()), clock);
	}

}

package com.bank.assistant.audit.web;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see personal data in the clear, and the entries they see: the masked view for
 * scope {@code audit.read}, the clear one only on request and only with
 * {@code audit.pii}. Every reveal is logged with the caller.
 */
@Component
class PiiAccess {

	static final String READ = "SCOPE_audit.read";

	static final String PII = "SCOPE_audit.pii";

	private static final Logger log = LoggerFactory.getLogger(PiiAccess.class);

	private final AuditTrail trail;

	PiiAccess(AuditTrail trail) {
		this.trail = trail;
	}

	/** Refuses (403) a reveal without {@code audit.pii}; logs an allowed one. */
	void authorize(Authentication caller, boolean reveal, String what) {
		if (!reveal) {
			return;
		}
		boolean allowed = caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> PII.equals(authority.getAuthority()));
		if (!allowed) {
			throw new AccessDeniedException("Personal data in the clear needs the scope 'audit.pii'");
		}
		log.info("PII revealed to {}: {}", caller.getName(), what);
	}

	/** The record as the caller asked to see it, once {@link #authorize} allowed it. */
	TrailEntry entry(AuditRecord record, boolean reveal) {
		return reveal ? TrailEntry.of(record, this.trail.clearEnvelope(record), "clear") : TrailEntry.of(record);
	}

}

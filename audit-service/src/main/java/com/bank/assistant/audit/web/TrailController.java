package com.bank.assistant.audit.web;

import java.util.List;

import com.bank.assistant.audit.trail.AuditTrail;
import com.bank.assistant.audit.trail.Verification;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a conversation's trail and verifies its chain; 404 for a conversation never seen.
 */
@RestController
@RequestMapping("/conversations/{conversationId}")
class TrailController {

	private final AuditTrail trail;

	private final PiiAccess pii;

	TrailController(AuditTrail trail, PiiAccess pii) {
		this.trail = trail;
		this.pii = pii;
	}

	@GetMapping("/trail")
	ResponseEntity<List<TrailEntry>> trail(@PathVariable String conversationId,
			@RequestParam(defaultValue = "false") boolean reveal, Authentication caller) {
		this.pii.authorize(caller, reveal, "trail of conversation " + conversationId);
		return ResponseEntity.of(this.trail.trail(conversationId)
			.map((records) -> records.stream().map((record) -> this.pii.entry(record, reveal)).toList()));
	}

	@GetMapping("/verify")
	ResponseEntity<Verification> verify(@PathVariable String conversationId) {
		return ResponseEntity.of(this.trail.verify(conversationId));
	}

}

package com.bank.assistant.audit.web;

import java.util.List;

import com.bank.assistant.audit.trail.AuditTrail;
import com.bank.assistant.audit.trail.Verification;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a conversation's trail and verifies its chain; 404 for a conversation never seen.
 */
@RestController
@RequestMapping("/conversations/{conversationId}")
class TrailController {

	private final AuditTrail trail;

	TrailController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/trail")
	ResponseEntity<List<TrailEntry>> trail(@PathVariable String conversationId) {
		return ResponseEntity
			.of(this.trail.trail(conversationId).map((records) -> records.stream().map(TrailEntry::of).toList()));
	}

	@GetMapping("/verify")
	ResponseEntity<Verification> verify(@PathVariable String conversationId) {
		return ResponseEntity.of(this.trail.verify(conversationId));
	}

}

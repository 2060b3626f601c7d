package com.bank.assistant.audit.web;

import com.bank.assistant.audit.compliance.ComplianceChecks;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the compliance checks over the whole trail; always 200, {@code ok} says whether
 * anything is violated.
 */
@RestController
class ChecksController {

	private final ComplianceChecks checks;

	ChecksController(ComplianceChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/checks")
	ReportView checks() {
		return ReportView.of(this.checks.run());
	}

}

package com.bank.assistant.policy.web;

import com.bank.assistant.policy.decisions.DecisionSummary;
import com.bank.assistant.policy.decisions.DecisionTally;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The escalation rate and the gate's escalation decisions seen on the slots topic. */
@RestController
class DecisionsController {

	private final DecisionTally tally;

	DecisionsController(DecisionTally tally) {
		this.tally = tally;
	}

	@GetMapping("/decisions/summary")
	DecisionSummary summary() {
		return this.tally.summary();
	}

}

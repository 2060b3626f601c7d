package com.bank.assistant.policy.web;

import java.util.List;

import com.bank.assistant.policy.telemetry.StepFigures;
import com.bank.assistant.policy.telemetry.StepTelemetry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The live figures of every model step seen since the service started. */
@RestController
class StepsController {

	private final StepTelemetry telemetry;

	StepsController(StepTelemetry telemetry) {
		this.telemetry = telemetry;
	}

	@GetMapping("/steps")
	List<StepFigures> steps() {
		return this.telemetry.figures();
	}

}

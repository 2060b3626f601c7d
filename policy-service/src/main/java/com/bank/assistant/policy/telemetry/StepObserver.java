package com.bank.assistant.policy.telemetry;

/** Something outside the domain, such as a metrics registry, that sees every sample. */
public interface StepObserver {

	/** Called once for every sample the telemetry records. */
	void recorded(StepSample sample);

}

package com.bank.assistant.audit.compliance;

/** The outcome of one check over the trail. */
public enum CheckStatus {

	/** Every record checked satisfies it. */
	PASSED,

	/** At least one record does not; the violations list them. */
	VIOLATED

}

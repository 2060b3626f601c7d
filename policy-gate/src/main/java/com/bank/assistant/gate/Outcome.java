package com.bank.assistant.gate;

/** What the gate lets a step do. */
public enum Outcome {

	/** The step runs on the tier it asked for. */
	ALLOW,

	/** A cheaper tier runs instead. */
	DOWNGRADE,

	/** The step does not run. */
	BLOCK

}

package com.bank.assistant.audit.trail;

/** What the trail did with one event read from a topic. */
public enum Ingestion {

	/** The event joined its conversation's chain. */
	APPENDED,

	/** The event was already in the trail; nothing changed. */
	DUPLICATE,

	/** The event could not be chained and was kept aside with the reason. */
	QUARANTINED

}

package com.bank.assistant.policy.catalog;

/** Where a tier's model runs. */
public enum TierKind {

	/** Inside the calling service's JVM. */
	IN_PROCESS,

	/** Behind a remote HTTP API. */
	REMOTE

}

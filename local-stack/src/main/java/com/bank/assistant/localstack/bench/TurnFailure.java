package com.bank.assistant.localstack.bench;

/** A turn that got no valid reply; {@code kind} groups failures in the report. */
public final class TurnFailure extends RuntimeException {

	private final String kind;

	/** A failure of this kind ("HTTP 429", "timeout", ...), with its detail. */
	public TurnFailure(String kind, String detail, Throwable cause) {
		super(detail, cause);
		this.kind = kind;
	}

	/** What kind of failure this was. */
	public String kind() {
		return this.kind;
	}

}

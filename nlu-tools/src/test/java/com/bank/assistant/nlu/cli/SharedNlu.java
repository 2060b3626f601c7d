package com.bank.assistant.nlu.cli;

/** The production pipeline, trained once per test JVM. */
final class SharedNlu {

	static final Nlu NLU = Nlu.production();

	private SharedNlu() {
	}

}

package com.bank.assistant.policy.rules;

import java.util.List;

/** A rules document that was refused, with every problem found in it. */
public class InvalidRulesException extends RuntimeException {

	private final List<String> problems;

	/** Refuses a document for these problems. */
	public InvalidRulesException(List<String> problems) {
		super("Invalid rules: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, one sentence per problem. */
	public List<String> problems() {
		return this.problems;
	}

}

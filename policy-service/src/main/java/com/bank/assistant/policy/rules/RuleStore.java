package com.bank.assistant.policy.rules;

import java.util.List;
import java.util.Optional;

/** Where the versions of the rules are kept. */
public interface RuleStore {

	/** The highest version, if any was stored. */
	Optional<RuleSet> latest();

	/** Stores {@code rules} as a new version; false when that version already exists. */
	boolean add(RuleSet rules);

	/** Every version, newest first. */
	List<RuleSet> history();

}

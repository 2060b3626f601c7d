package com.bank.assistant.localstack.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} options after a command; a flag without a value reads as "true".
 */
public final class Arguments {

	private final Map<String, String> options = new HashMap<>();

	/**
	 * Parses {@code args} from index {@code from}, rejecting anything that is not an
	 * option.
	 */
	public Arguments(String[] args, int from) {
		int i = from;
		while (i < args.length) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument: " + args[i]);
			}
			boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
			this.options.put(args[i].substring(2), hasValue ? args[i + 1] : "true");
			i += hasValue ? 2 : 1;
		}
	}

	/** The option's value, or {@code fallback}. */
	public String get(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	/** The option's value, or null. */
	public String get(String name) {
		return this.options.get(name);
	}

}

package com.bank.assistant.nlu.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} pairs. */
record Options(Map<String, String> values) {

	static Options parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				NluMain.fail("Expected --name value, got " + args[i]);
			}
			values.put(args[i].substring(2), args[i + 1]);
		}
		return new Options(values);
	}

	Optional<String> get(String name) {
		return Optional.ofNullable(this.values.get(name));
	}

	String require(String name) {
		return get(name).orElseGet(() -> {
			NluMain.fail("Missing --" + name);
			return "";
		});
	}

}

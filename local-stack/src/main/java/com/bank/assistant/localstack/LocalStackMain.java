package com.bank.assistant.localstack;

import java.nio.file.Path;

import com.bank.assistant.localstack.cli.Arguments;
import com.bank.assistant.localstack.cli.AuditCommand;
import com.bank.assistant.localstack.cli.BenchCommand;
import com.bank.assistant.localstack.cli.ChatCommand;
import com.bank.assistant.localstack.cli.RunCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code bin/assistant}: {@code run}, {@code chat}, {@code bench} or
 * {@code audit}.
 */
public final class LocalStackMain {

	private static final Logger log = LoggerFactory.getLogger(LocalStackMain.class);

	private LocalStackMain() {
	}

	public static void main(String[] args) throws Exception {
		String command = (args.length > 0) ? args[0] : "help";
		Path home = Path.of(System.getProperty("assistant.home", ".")).toAbsolutePath().normalize();
		try {
			if ("run".equals(command)) {
				new RunCommand(home, home.resolve("var")).run();
			}
			else if ("chat".equals(command)) {
				new ChatCommand(new Arguments(args, 1)).run();
			}
			else if ("bench".equals(command)) {
				new BenchCommand(new Arguments(args, 1), home).run();
			}
			else if ("audit".equals(command)) {
				System.exit(new AuditCommand(args, 1).run());
			}
			else {
				throw new IllegalArgumentException("Usage: bin/assistant run|up|down|chat|bench|audit [options]");
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.IOException ex) {
			log.error(ex.getMessage());
			System.exit(2);
		}
	}

}

package com.bank.assistant.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * On a failed end-to-end test, adds to its message which services have ended and what
 * every service of the stack logged at ERROR (how many lines, and the last one): CI keeps
 * only the end of the build's output, and the services' own logs stay on the machine that
 * ran it.
 */
class StackLogDigest implements TestExecutionExceptionHandler {

	static final Path LOGS = Path.of("target", "stack-logs");

	private static final int LONGEST = 400;

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
		throw new AssertionError(failure + "\nEnded services: " + SharedLocalStack.ended(context) + "\n" + of(LOGS),
				failure);
	}

	/** One line per service log that has ERROR lines: their count and the last one. */
	static String of(Path directory) {
		if (!Files.isDirectory(directory)) {
			return "No stack logs in " + directory.toAbsolutePath();
		}
		try (Stream<Path> logs = Files.list(directory)) {
			String digest = logs.filter((log) -> log.toString().endsWith(".log"))
				.sorted()
				.map(StackLogDigest::errors)
				.filter((line) -> !line.isEmpty())
				.collect(Collectors.joining("\n"));
			return digest.isEmpty() ? "No service logged an ERROR in " + directory : digest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String errors(Path log) {
		List<String> errors;
		try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
			errors = lines.filter((line) -> line.contains(" ERROR ")).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			return log.getFileName() + ": unreadable (" + ex.getMessage() + ")";
		}
		if (errors.isEmpty()) {
			return "";
		}
		String last = errors.get(errors.size() - 1);
		String shown = (last.length() > LONGEST) ? last.substring(last.length() - LONGEST) : last;
		return log.getFileName() + ": " + errors.size() + " ERROR lines, the last: " + shown;
	}

}

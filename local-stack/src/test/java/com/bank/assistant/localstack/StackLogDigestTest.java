package com.bank.assistant.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StackLogDigestTest {

	@Test
	void namesEachLogWithErrorsTheirCountAndTheLastOne(@TempDir Path logs) throws IOException {
		Files.writeString(logs.resolve("gateway.log"), "10:00 INFO  started\n10:01 WARN  slow\n");
		Files.writeString(logs.resolve("transfer-service.log"),
				"10:00 ERROR first failure\n10:01 INFO  retrying\n10:02 ERROR Binding failed: " + "x".repeat(500));

		String digest = StackLogDigest.of(logs);

		assertThat(digest).doesNotContain("gateway.log")
			.startsWith("transfer-service.log: 2 ERROR lines, the last: ")
			.endsWith("x".repeat(400))
			.doesNotContain("first failure");
	}

	@Test
	void saysSoWhenNoServiceLoggedAnError(@TempDir Path logs) throws IOException {
		Files.writeString(logs.resolve("intent-service.log"), "10:00 INFO  started\n");

		assertThat(StackLogDigest.of(logs)).startsWith("No service logged an ERROR");
		assertThat(StackLogDigest.of(logs.resolve("missing"))).startsWith("No stack logs in");
	}

}

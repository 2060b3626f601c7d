package com.bank.assistant.localstack.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * One service of the stack and how to start it.
 *
 * @param name the service's name, also its module's
 * @param jar its executable jar
 * @param port the HTTP port it listens on
 * @param readyPath the path that answers 200 once it is ready
 * @param environment variables it is started with, beside the infrastructure's
 */
public record ServiceSpec(String name, Path jar, int port, String readyPath, Map<String, String> environment) {

	/** Where the service answers once ready. */
	public String readyUrl() {
		return "http://127.0.0.1:" + this.port + this.readyPath;
	}

}

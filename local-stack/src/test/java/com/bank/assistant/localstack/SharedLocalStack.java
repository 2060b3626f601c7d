package com.bank.assistant.localstack;

import java.nio.file.Path;

import com.bank.assistant.localstack.stack.LocalStack;
import com.bank.assistant.localstack.stack.StackPorts;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one whole stack per test JVM: started on first use, stopped when the
 * test run ends (JUnit closes what its root store holds). Starting it takes a minute;
 * every end-to-end class shares it.
 */
public class SharedLocalStack implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(SharedLocalStack.class))
			.computeIfAbsent(LocalStack.class, (key) -> new Started(), Started.class)
			.stack();
	}

	/** The started stack, closed with the root store. */
	private static final class Started implements AutoCloseable {

		private final LocalStack stack;

		Started() {
			Path home = Path.of("..").toAbsolutePath().normalize();
			try {
				this.stack = LocalStack.start(home, StackPorts.free(), Path.of("target", "stack-logs"));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting the stack", ex);
			}
		}

		LocalStack stack() {
			return this.stack;
		}

		@Override
		public void close() {
			this.stack.close();
		}

	}

}

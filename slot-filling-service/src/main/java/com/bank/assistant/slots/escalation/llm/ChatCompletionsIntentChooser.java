package com.bank.assistant.slots.escalation.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.bank.assistant.slots.escalation.Choice;
import com.bank.assistant.slots.escalation.EscalationSettings;
import com.bank.assistant.slots.escalation.IntentChooser;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks an OpenAI-compatible {@code /chat/completions} endpoint for one intent. Each call
 * goes through the bulkhead (no queue: a full bulkhead is no escalation), the circuit
 * breaker (an open circuit is no escalation) and the time limiter; the HTTP request's own
 * timeout is the time the turn has left.
 */
public final class ChatCompletionsIntentChooser implements IntentChooser {

	private final EscalationSettings settings;

	private final IntentPrompt prompt;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Bulkhead bulkhead;

	private final CircuitBreaker breaker;

	private final TimeLimiter limiter;

	/**
	 * A chooser among {@code prompt}'s intents, guarded by the three Resilience4j parts.
	 */
	public ChatCompletionsIntentChooser(EscalationSettings settings, IntentPrompt prompt, Bulkhead bulkhead,
			CircuitBreaker breaker, TimeLimiter limiter) {
		this.settings = settings;
		this.prompt = prompt;
		this.bulkhead = bulkhead;
		this.breaker = breaker;
		this.limiter = limiter;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public String tier() {
		return this.settings.tier();
	}

	@Override
	public long inputTokensAtMost(String text) {
		return this.prompt.inputTokensAtMost(text);
	}

	@Override
	public long outputTokensAtMost() {
		return this.settings.maxOutputTokens();
	}

	@Override
	public Choice choose(String text, String locale, List<String> intents, Duration timeLeft) {
		if (timeLeft.isNegative() || timeLeft.isZero()) {
			return Choice.notSent("timeout");
		}
		HttpRequest request = request(text, timeLeft);
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = CircuitBreaker
				.decorateCallable(this.breaker, Bulkhead.decorateCallable(this.bulkhead, () -> successful(request)))
				.call();
			return new ChatAnswer(this.json, intents).read(response.body(), micros(started));
		}
		catch (ChatCallException ex) {
			return new Choice("failed", null, 0, 0, 0, micros(started), false);
		}
		catch (CallNotPermittedException ex) {
			return Choice.notSent("circuit_open");
		}
		catch (BulkheadFullException ex) {
			return Choice.notSent("bulkhead_full");
		}
		catch (TimeoutException ex) {
			return new Choice("timeout", null, 0, 0, 0, micros(started), true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Choice("failed", null, 0, 0, 0, micros(started), true);
		}
		catch (Exception ex) {
			return new Choice("failed", null, 0, 0, 0, micros(started), true);
		}
	}

	private HttpResponse<String> successful(HttpRequest request) throws Exception {
		HttpResponse<String> response = this.limiter
			.executeFutureSupplier(() -> this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
		if (response.statusCode() / 100 != 2) {
			throw new ChatCallException("The large tier answered HTTP " + response.statusCode());
		}
		return response;
	}

	private HttpRequest request(String text, Duration timeLeft) {
		ObjectNode body = this.json.createObjectNode()
			.put("model", this.settings.model())
			.put("temperature", 0)
			.put("max_tokens", this.settings.maxOutputTokens());
		body.putObject("response_format").put("type", "json_object");
		body.putArray("messages")
			.add(this.json.createObjectNode().put("role", "system").put("content", this.prompt.system()))
			.add(this.json.createObjectNode().put("role", "user").put("content", text));
		return HttpRequest.newBuilder(URI.create(this.settings.baseUrl().replaceAll("/+$", "") + "/chat/completions"))
			.timeout(timeLeft)
			.header("Authorization", "Bearer " + this.settings.apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
	}

	private static long micros(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000;
	}

}

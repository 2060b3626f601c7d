package com.bank.assistant.localstack.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * policy-service's live model-step figures ({@code GET /steps}: per step and model the
 * steps seen since it started and their total cost; {@code GET /decisions/summary}: the
 * policy gates' decisions per step, and the escalations the large tier answered), read
 * before and after a run: the model cost of the run's turns as the policy gate sees it,
 * and what the gates decided on them.
 */
public final class ModelSteps {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI steps;

	private final URI decisions;

	/** The figures of the policy-service at {@code policy}. */
	public ModelSteps(URI policy) {
		this.steps = policy.resolve("/steps");
		this.decisions = policy.resolve("/decisions/summary");
	}

	/** The totals now. */
	public Totals read() throws InterruptedException {
		long count = 0;
		BigDecimal cost = BigDecimal.ZERO;
		for (JsonNode step : get(this.steps)) {
			count += step.path("count").asLong();
			cost = cost.add(new BigDecimal(step.path("totalCost").asString("0")));
		}
		JsonNode summary = get(this.decisions);
		Map<String, Long> decided = new TreeMap<>();
		summary.path("byStep")
			.properties()
			.forEach((step) -> step.getValue()
				.properties()
				.forEach(
						(outcome) -> decided.put(step.getKey() + " " + outcome.getKey(), outcome.getValue().asLong())));
		return new Totals(count, cost, decided, summary.path("escalated").asLong());
	}

	private JsonNode get(URI uri) throws InterruptedException {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + uri + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The totals once they stop growing (the last turns' steps may still be in flight to
	 * policy-service), waiting at most a few seconds.
	 */
	public Totals settled() throws InterruptedException {
		Totals last = read();
		for (int i = 0; i < 10; i++) {
			Thread.sleep(300);
			Totals now = read();
			if (now.equals(last)) {
				return now;
			}
			last = now;
		}
		return last;
	}

	/**
	 * Model steps, their cost and the gates' decisions since policy-service started.
	 *
	 * @param steps model steps seen
	 * @param cost their total cost, BRL
	 * @param decisions the gates' decisions, as {@code step OUTCOME:reason} to how many
	 * @param escalated escalations the large tier answered
	 */
	public record Totals(long steps, BigDecimal cost, Map<String, Long> decisions, long escalated) {

		public Totals {
			decisions = Collections.unmodifiableMap(new TreeMap<>(decisions));
		}

		/** What happened between {@code before} and this. */
		public Totals minus(Totals before) {
			Map<String, Long> decided = new TreeMap<>();
			this.decisions.forEach((key, count) -> {
				long since = count - before.decisions.getOrDefault(key, 0L);
				if (since != 0) {
					decided.put(key, since);
				}
			});
			return new Totals(this.steps - before.steps, this.cost.subtract(before.cost), decided,
					this.escalated - before.escalated);
		}

		/** Steps the gates blocked. */
		public long blocked() {
			return this.decisions.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().contains(" BLOCK:"))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

	}

}
